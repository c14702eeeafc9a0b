// Receiving a share (operator side): opening a link or a share file, the stored copy, following a live share, checking its validations.
export * from './open-link.ts'
export * from './records.ts'
export * from './runtime.ts'
export * from './validations.ts'
