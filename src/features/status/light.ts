// The status feature's parts with no credential module (valibot and storage only): its records and the
// issuer's list record schema, for the trainer home, which reads identity backups without JSON-LD.
export {
  defaultStatusDeps,
  deviceRecords,
  memoryRecords,
  type StatusDeps,
  type StatusRecords,
} from './deps.ts'
export { type OwnStatusRecord, OwnStatusRecordSchema } from './own-record.ts'
