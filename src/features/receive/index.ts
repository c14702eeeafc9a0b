// Receiving a share (operator side): opening a link or a share file, the stored copy, following a
// live share, checking that it still holds, and checking its validations.
export * from './check.ts'
export {
  deleteReceivedShare,
  endReceived,
  loadReceived,
  onReceivedChanged,
  peekReceived,
  type ReceivedHandle,
  receivedRecord,
  whenStored,
} from './copies.ts'
export * from './endorsement-kind.ts'
export * from './fetch-copy.ts'
export * from './follow.ts'
export * from './link-kind.ts'
export * from './open-link.ts'
export * from './receive.ts'
export * from './records.ts'
export * from './resolve-link.ts'
export * from './validations.ts'
