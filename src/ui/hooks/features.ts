// Hooks over the observable state of features: each re-renders its component on a change, and
// starts (or loads) what the state needs on first use.
import { type PrivateSyncState, privateSyncState } from '../../features/devices/index.ts'
import {
  type IdentityState,
  identityStore,
  loadIdentity,
  loadOutbox,
  type OutboxState,
  outboxStore,
} from '../../features/trainer/index.ts'
import { useStore } from '../store.ts'

/** The private room's state. */
export const usePrivateSyncState = (): PrivateSyncState => useStore(privateSyncState)

/** The trainer's identity; loads it on first use. */
export function useIdentity(): IdentityState {
  void loadIdentity()
  return useStore(identityStore)
}

/** The trainer's outbox; reads it on first use (the 'trainer-outbox' runtime sends it). */
export function useOutbox(): OutboxState {
  void loadOutbox()
  return useStore(outboxStore)
}
