// The PIN session of a key kept wrapped under a PIN (where the browser has no WebCrypto Ed25519,
// secure-keys.ts): the first signature of a session asks for the PIN through the prompt the screen
// shows (pinPromptStore); the unwrapped key then stays in memory only, and is wiped when the page is
// hidden or after LOCK_AFTER_MS, so that the next signature asks again.

import { unwrapSecret, type WrappedSecret } from '../../credential/key-store.ts'
import { type TrainerKeys, trainerKeysFromSecret } from '../../credential/trainer-keys.ts'
import { fail, ok, type Result } from '../../domain/result.ts'
import { createStore, type Store } from '../../lib/index.ts'

/** How long an unlocked key stays in memory (15 minutes), unless the page is hidden first. */
export const LOCK_AFTER_MS = 15 * 60_000

/** Thrown to a signer when the person closed the PIN prompt, or no screen can ask. */
export class KeyLockedError extends Error {
  constructor() {
    super('key-locked')
  }
}

/** What the prompt shows: the key asked for (its public key, base64url), or nothing. */
export type PinAsk = { publicKey: string } | null

type Waiting = { wrapped: WrappedSecret; resolve: (keys: TrainerKeys) => void; reject: (e: Error) => void }

const unlocked = new Map<string, { keys: TrainerKeys; timer: ReturnType<typeof setTimeout> }>()
const waiting = new Map<string, Waiting[]>()
const asking = createStore<PinAsk>(null)
let prompts = 0

const copy = (k: TrainerKeys): TrainerKeys => trainerKeysFromSecret(k.secretKey.slice())

const keep = (publicKey: string, keys: TrainerKeys) => {
  lock(publicKey)
  const timer = setTimeout(() => lock(publicKey), LOCK_AFTER_MS)
  // Node (tests) must not stay alive for the timer; browsers have no unref.
  ;(timer as { unref?: () => void }).unref?.()
  unlocked.set(publicKey, { keys, timer })
}

/** Starts the session of a key the person just protected with its PIN (no second derivation). */
export function startUnlocked(publicKey: string, keys: TrainerKeys): void {
  keep(publicKey, copy(keys))
}

/** Wipes one unlocked key from memory. */
export function lock(publicKey: string): void {
  const u = unlocked.get(publicKey)
  if (!u) return
  clearTimeout(u.timer)
  u.keys.secretKey.fill(0)
  unlocked.delete(publicKey)
}

/** Wipes every unlocked key (page hidden, or the person locks). */
export function lockAll(): void {
  for (const k of [...unlocked.keys()]) lock(k)
}

/** True when the key is unlocked for this session. */
export const isUnlocked = (publicKey: string): boolean => unlocked.has(publicKey)

// The prompt shows the first key waited for (the same object while it stays the same key).
const nextAsk = () => {
  const first = waiting.keys().next()
  if (first.done) asking.set(null)
  else if (asking.get()?.publicKey !== first.value) asking.set({ publicKey: first.value })
}
asking.set(waiting.keys().next().value ? { publicKey: [...waiting.keys()][0] ?? '' } : null)

/** The key's secret for one use (a copy: the caller wipes it), asking for the PIN when locked. */
export function keysFor(wrapped: WrappedSecret): Promise<TrainerKeys> {
  const u = unlocked.get(wrapped.publicKey)
  if (u) return Promise.resolve(copy(u.keys))
  if (prompts === 0) return Promise.reject(new KeyLockedError())
  return new Promise<TrainerKeys>((resolve, reject) => {
    const list = waiting.get(wrapped.publicKey) ?? []
    list.push({ wrapped, resolve, reject })
    waiting.set(wrapped.publicKey, list)
    nextAsk()
  })
}

/** Unlocks a key with its PIN for this session; 'key-passphrase-wrong' leaves it locked. */
export async function unlockWithPin(
  wrapped: WrappedSecret,
  pin: string,
): Promise<Result<'unlocked', 'key-passphrase-wrong' | 'key-backup-invalid'>> {
  const r = await unwrapSecret(wrapped, pin)
  if (!r.ok) return r
  keep(wrapped.publicKey, r.value)
  for (const w of waiting.get(wrapped.publicKey) ?? []) w.resolve(copy(r.value))
  waiting.delete(wrapped.publicKey)
  nextAsk()
  return ok('unlocked')
}

/** The PIN typed in the prompt, for the key it shows. */
export async function answerPin(
  pin: string,
): Promise<Result<'unlocked', 'key-passphrase-wrong' | 'key-backup-invalid' | 'nothing-asked'>> {
  const ask = asking.get()
  const wrapped = ask ? waiting.get(ask.publicKey)?.[0]?.wrapped : undefined
  if (!wrapped) return fail('nothing-asked')
  return unlockWithPin(wrapped, pin)
}

/** The person closed the prompt: what waited for the key fails with KeyLockedError. */
export function cancelPin(): void {
  const ask = asking.get()
  if (!ask) return
  for (const w of waiting.get(ask.publicKey) ?? []) w.reject(new KeyLockedError())
  waiting.delete(ask.publicKey)
  nextAsk()
}

/** A screen that can ask for the PIN registers here while it is shown (returns the unregister). */
export function attachPinPrompt(): () => void {
  prompts++
  return () => {
    prompts--
    if (prompts === 0) while (asking.get()) cancelPin()
  }
}

/** Which key the prompt asks for (observable). */
export const pinPromptStore: Pick<Store<PinAsk>, 'get' | 'subscribe'> = asking

// A hidden page (another app, the phone locked) forgets the unlocked keys.
if (typeof document !== 'undefined')
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') lockAll()
  })
