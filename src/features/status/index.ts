// Withdrawal of credentials (issue #11 point 5): the issuer's status lists (allocate an entry per issued
// credential, withdraw one or all, publish to the relay) and the reader's last seen lists with their
// check date (statusListsStore → trust's TrustContext.statusLists; "état vérifié le …" offline).
// Pulls the credential module: import lazily, as the trust feature.
export type { StatusDeps, StatusRecords } from './deps.ts'
export { defaultStatusDeps, deviceRecords, memoryRecords } from './deps.ts'
export type { OwnStatusList, PublishCode, WithdrawCode } from './issuer-lists.ts'
export {
  allocateStatusEntry,
  ownStatusList,
  ownStatusLists,
  ownStatusRecord,
  publishStatusList,
  restoreOwnStatusRecord,
  withdrawAllOfKey,
  withdrawCredential,
} from './issuer-lists.ts'
export type { SeenStatusList, StatusCheckCode } from './known-lists.ts'
export {
  checkStatusList,
  loadSeenStatusLists,
  MAX_FETCHED_STATUS_LIST_BYTES,
  resetSeenStatusLists,
  statusListsStore,
  watchStatusLists,
} from './known-lists.ts'
export { type OwnStatusRecord, OwnStatusRecordSchema } from './own-record.ts'
export {
  addStatusKey,
  CHECK_EVERY_MS,
  kickStatusChecks,
  lastStatusRound,
  setStatusSigner,
  startStatusChecks,
  statusRound,
} from './runtime.ts'
