// The transport: sealed rooms (a plain Y.Doc synced through the relay as sealed updates), room keys
// and capabilities, room links, the relay's HTTP API, inbox rooms, waiting on a room, and backoff.
export * from './backoff.ts'
export * from './capability.ts'
export * from './envelope-binding.ts'
export * from './handover.ts'
export * from './relay-api.ts'
export * from './room-keys.ts'
export * from './room-wait.ts'
export * from './sealed-room.ts'
