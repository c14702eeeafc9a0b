// The trainer's identity on this device: one record (kind 'trainer-identity', id 'me'), checked with
// valibot when read back, shared with the screens through a store. Since version 2 the record holds
// the key protected (secure-keys.ts: non-extractable WebCrypto key + a copy sealed under the device
// key), never the secret in clear; a version-1 record (clear `secretKeyMultibase`) is protected and
// rewritten the first time it is opened. Trainer mode only (it imports the key code).
import * as v from 'valibot'
import { importSecretKey } from '../../credential/trainer-keys.ts'
import { LIMITS, requiredText, TimestampSchema } from '../../domain/index.ts'
import { createStore, type Store } from '../../lib/index.ts'
import { defineRecord } from '../../storage/index.ts'
import type { TrainerIdentity } from './identity.ts'
import { ProtectedKeySchema, toDeviceKey, unlockKeys } from './secure-keys.ts'

const ID = 'me'

const StoredIdentitySchema = v.object({
  name: requiredText(LIMITS.name),
  organisation: requiredText(LIMITS.label),
  createdAt: TimestampSchema,
  /** The protected key (version 2). */
  key: v.optional(ProtectedKeySchema),
  /** The clear key of a version-1 record, until it is protected on first open. */
  secretKeyMultibase: v.optional(v.pipe(v.string(), v.maxLength(100))),
})
const identityRecords = defineRecord({
  kind: 'trainer-identity',
  version: 2,
  schema: StoredIdentitySchema,
  // Version 1 had only the clear key: the same fields, read by the version-2 schema, protected on load.
  migrations: { 1: (value) => value },
})

/** What the screens know of the identity: still loading, none, damaged on this device, or ready. */
export type IdentityState =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'damaged' }
  | { state: 'ready'; identity: TrainerIdentity }

const store = createStore<IdentityState>({ state: 'loading' })
let loading: Promise<void> | undefined

/** Reads the identity from the device once (later calls reuse the first read). */
export function loadIdentity(): Promise<void> {
  loading ??= (async () => {
    try {
      const r = await identityRecords.get(ID)
      if (!r) return store.set({ state: 'none' })
      if (!r.ok) return store.set({ state: 'damaged' })
      const { name, organisation, createdAt, key, secretKeyMultibase } = r.value
      if (key) {
        const keys = await unlockKeys(key)
        return store.set(
          keys ? { state: 'ready', identity: { name, organisation, createdAt, keys } } : { state: 'damaged' },
        )
      }
      const clear = secretKeyMultibase ? importSecretKey(secretKeyMultibase) : null
      if (!clear) return store.set({ state: 'damaged' })
      await saveIdentity({ name, organisation, createdAt, keys: clear })
    } catch {
      store.set({ state: 'damaged' })
    }
  })()
  return loading
}

/** Saves an identity on the device (replacing any previous one, its key protected: under `pin` where
 * the browser has no WebCrypto Ed25519) and shows it. */
export async function saveIdentity(identity: TrainerIdentity, pin?: string): Promise<void> {
  const { key, stored } = await toDeviceKey(identity.keys, pin)
  await identityRecords.put(ID, {
    name: identity.name,
    organisation: identity.organisation,
    createdAt: identity.createdAt,
    key: stored,
  })
  loading = Promise.resolve()
  const { name, organisation, createdAt } = identity
  store.set({ state: 'ready', identity: { name, organisation, createdAt, keys: key } })
}

/** Forgets a damaged identity so that a new one can be made or restored. */
export async function forgetIdentity(): Promise<void> {
  await identityRecords.delete(ID)
  loading = Promise.resolve()
  store.set({ state: 'none' })
}

/** The identity state, observable (call loadIdentity first; ui/hooks/features.ts re-renders on a change). */
export const identityStore: Pick<Store<IdentityState>, 'get' | 'subscribe'> = store

/** The identity state, outside components. */
export const identityState = (): IdentityState => store.get()
