// The trainer's identity on this device: kept as one record (kind 'trainer-identity', id 'me') with
// the secret key as a Multikey string, checked with valibot when read back, and shared with the
// screens through a store. Trainer mode only (it imports the credential module).
import * as v from 'valibot'
import { exportSecretKey, importSecretKey } from '../../credential/trainer-keys.ts'
import { LIMITS, requiredText, TimestampSchema } from '../../domain/index.ts'
import { createStore, type Store } from '../../lib/index.ts'
import { defineRecord } from '../../storage/index.ts'
import type { TrainerIdentity } from './identity.ts'

const ID = 'me'

const StoredIdentitySchema = v.object({
  name: requiredText(LIMITS.name),
  organisation: requiredText(LIMITS.label),
  secretKeyMultibase: v.pipe(v.string(), v.maxLength(100)),
  createdAt: TimestampSchema,
})
const identityRecords = defineRecord({ kind: 'trainer-identity', version: 1, schema: StoredIdentitySchema })

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
      const keys = r.ok ? importSecretKey(r.value.secretKeyMultibase) : undefined
      if (!r.ok || !keys) return store.set({ state: 'damaged' })
      const { name, organisation, createdAt } = r.value
      store.set({ state: 'ready', identity: { name, organisation, createdAt, keys } })
    } catch {
      store.set({ state: 'damaged' })
    }
  })()
  return loading
}

/** Saves an identity on the device (replacing any previous one) and shows it. */
export async function saveIdentity(identity: TrainerIdentity): Promise<void> {
  await identityRecords.put(ID, {
    name: identity.name,
    organisation: identity.organisation,
    secretKeyMultibase: exportSecretKey(identity.keys),
    createdAt: identity.createdAt,
  })
  loading = Promise.resolve()
  store.set({ state: 'ready', identity })
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
