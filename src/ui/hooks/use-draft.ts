// Forms a person cannot lose (issue 12, point 5): what a multi-step form holds lives outside the
// component, in memory and in this tab's sessionStorage, so that Back (in the app or the browser's),
// a step change that unmounts the form, or a reload gives it back as it was. Stays on the device;
// cleared when the form's work is done.
import { useCallback, useState } from 'preact/hooks'

const memory = new Map<string, unknown>()
const PREFIX = 'livret:draft:'

const stored = (key: string): unknown => {
  if (memory.has(key)) return memory.get(key)
  try {
    const raw = sessionStorage.getItem(PREFIX + key)
    return raw === null ? undefined : JSON.parse(raw)
  } catch {
    return undefined
  }
}

/** Keeps `value` as the draft `key` (memory and sessionStorage). */
export function saveDraft(key: string, value: unknown): void {
  memory.set(key, value)
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // Storage full or refused: the copy in memory still covers Back and step changes.
  }
}

/** Forgets the draft `key` (its work is done). */
export function clearDraft(key: string): void {
  memory.delete(key)
  try {
    sessionStorage.removeItem(PREFIX + key)
  } catch {
    // Nothing to forget.
  }
}

/** The draft `key` if one is kept and `accept` recognises its shape, else undefined. */
export function readDraft<T>(key: string, accept: (v: unknown) => v is T): T | undefined {
  const v = stored(key)
  return accept(v) ? v : undefined
}

/** Like useState, but the value is kept as the draft `key` on every change and read back on mount.
 * `accept` checks a kept value's shape (a reload may bring back a draft of an older version). */
export function useDraft<T>(
  key: string,
  initial: () => T,
  accept: (v: unknown) => v is T,
): [T, (next: T | ((prev: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => readDraft(key, accept) ?? initial())
  const set = useCallback(
    (next: T | ((prev: T) => T)) =>
      setValue((prev) => {
        const v = typeof next === 'function' ? (next as (p: T) => T)(prev) : next
        saveDraft(key, v)
        return v
      }),
    [key],
  )
  const clear = useCallback(() => clearDraft(key), [key])
  return [value, set, clear]
}
