// Whether a new version of the app waits, and how to apply it (filled by register.ts).
import { createStore } from '../lib/index.ts'

/** Set when a new service worker waits; `apply` activates it and reloads. */
export const updateStore = createStore<{ apply: () => void } | undefined>(undefined)
