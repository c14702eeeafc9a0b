// Sealed rooms, client side: room keys, tokens, room links, and the SealedRoom binding.
export * from './backoff.ts'
export * from './envelope-binding.ts'
export * from './inbox.ts'
export * from './plan-proposals.ts'
export * from './room-keys.ts'
export * from './sealed-room.ts'
export * from './validation-request.ts'
