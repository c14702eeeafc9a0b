// The holder's own devices: pairing through the private room, each device's mailbox, the private sync runtime.
export * from './last-seen.ts'
export * from './pairing.ts'
export * from './pairing-join.ts'
export * from './pairing-mailbox.ts'
export * from './private-devices.ts'
export * from './private-sync.ts'
export * from './records.ts'
export * from './runtime.ts'
