// Storage of booklets on this device: the Dexie registry, y-indexeddb documents with guarded
// writes, persistent-storage and quota handling, backup files and restore.
export {
  type ApplyBackupError,
  applyBackup,
  type BackupAttachment,
  type BackupContent,
  type BackupReadError,
  BackupTooLargeError,
  backupFileName,
  type ExportBackupOptions,
  exportBackup,
  type OnProgress,
  type ReadBackupOptions,
  readBackup,
} from './backup.ts'
export { KDF_ITERATIONS, openBackup, sealBackup } from './backup-crypto.ts'
export { BACKUP_FORMAT, BACKUP_VERSION, EncryptedBackupSchema, MAX_BACKUP_BYTES } from './backup-format.ts'
export {
  type BackupRecord,
  collectBackupRecords,
  countByKind,
  DEVICE_ONLY_KINDS,
  decodeValue,
  encodeValue,
  RecordEntrySchema,
  storeBackupRecords,
} from './backup-records.ts'
export { base64ToBytes, bytesToBase64, isBase64 } from './base64.ts'
export {
  type BlobRecord,
  type BookletRecord,
  type BookletRole,
  createDb,
  DB_NAME,
  deleteBlob,
  getBlob,
  getDb,
  getSetting,
  type LivretDb,
  listBlobs,
  listBooklets,
  putBlob,
  putSetting,
  renameBooklet,
  SETTING_KEYS,
} from './db.ts'
export { type DocStore, type GuardOptions, guardPersistence } from './doc-store.ts'
export {
  bookletDbName,
  deleteBooklet,
  ensureOwnBooklet,
  type OpenBookletOptions,
  type OpenedBooklet,
  openBooklet,
  storeNewBooklet,
} from './open-booklet.ts'
export { isQuotaError, requestPersistence, storageEstimate } from './persistence.ts'
export {
  defineRecord,
  type Migrations,
  onRecordWritten,
  type ReadRecord,
  type RecordDefinition,
  type RecordFailure,
  type RecordType,
} from './records.ts'
export { mergeBackupIntoBooklet, type RestoreError, replaceBookletFromBackup } from './restore.ts'
export { getStorageHealth, onStorageError, onStorageHealth, type StorageHealth } from './storage-health.ts'
