// Who uses this copy of the app: the person who keeps their booklet (holder), a professional who
// receives shared booklets (operator), or a trainer who validates competences. Chosen at first
// start, switchable in the settings, remembered on this device only.
import { createStore, useStore } from './store.ts'

/** The modes of the app. */
export const MODES = ['holder', 'operator', 'trainer'] as const
/** One mode of the app. */
export type Mode = (typeof MODES)[number]

const STORAGE_KEY = 'livret.mode'

const isMode = (s: unknown): s is Mode => typeof s === 'string' && (MODES as readonly string[]).includes(s)

/** The mode remembered on this device, or undefined before the first choice. */
export function savedMode(): Mode | undefined {
  try {
    const s = localStorage.getItem(STORAGE_KEY)
    return isMode(s) ? s : undefined
  } catch {
    return undefined
  }
}

const modeStore = createStore<Mode>(savedMode() ?? 'holder')
const chosenStore = createStore<boolean>(savedMode() !== undefined)

/** Switches mode and remembers the choice. */
export function setMode(mode: Mode): void {
  try {
    localStorage.setItem(STORAGE_KEY, mode)
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  modeStore.set(mode)
  chosenStore.set(true)
}

/** The current mode (holder until a choice is made). */
export const currentMode = (): Mode => modeStore.get()

/** Calls `listener` on each mode switch; returns the unsubscribe function. */
export const onModeChange = (listener: (mode: Mode) => void): (() => void) => modeStore.subscribe(listener)

/** The current mode; re-renders on a switch. */
export const useMode = (): Mode => useStore(modeStore)

/** Whether the person has chosen a mode on this device; re-renders when they do. */
export const useModeChosen = (): boolean => useStore(chosenStore)
