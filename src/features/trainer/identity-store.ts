// The trainer's identity on this device: one record (kind 'trainer-identity', id 'me'), checked with
// valibot when read back, shared with the screens through a store. Since version 2 the record holds
// the key protected (secure-keys.ts: non-extractable WebCrypto key + a copy sealed under the device
// key), never the secret in clear; a version-1 record (clear `secretKeyMultibase`) is protected and
// rewritten the first time it is opened. Trainer mode only (it imports the key code).
import type { Store } from '../../lib/index.ts'
import { type TrainerIdentity, trainerIdentityKind } from './identity.ts'
import { type KeyIdentityState, keyIdentityStore } from './key-identity.ts'

/** What the screens know of the identity: still loading, none, damaged on this device, or ready. */
export type IdentityState = KeyIdentityState<{ state: 'ready'; identity: TrainerIdentity }>

const kept = keyIdentityStore('trainer-identity', trainerIdentityKind, (identity) => ({
  state: 'ready' as const,
  identity,
}))

/** Reads the identity from the device once (later calls reuse the first read). */
export const loadIdentity: () => Promise<void> = kept.load

/** Saves an identity on the device (replacing any previous one, its key protected: under `pin` where
 * the browser has no WebCrypto Ed25519) and shows it. */
export const saveIdentity: (identity: TrainerIdentity, pin?: string) => Promise<void> = kept.save

/** Forgets a damaged identity so that a new one can be made or restored. */
export const forgetIdentity: () => Promise<void> = kept.forget

/** The identity state, observable (call loadIdentity first; ui/hooks/features.ts re-renders on a change). */
export const identityStore: Pick<Store<IdentityState>, 'get' | 'subscribe'> = kept.store

/** The identity state, outside components. */
export const identityState = (): IdentityState => kept.store.get()
