// A trainer's identity on their device (issue 5 §1): name, organisation and an Ed25519 key pair made
// there, with the fingerprint to read aloud. Backup: the same passphrase protection as a booklet backup
// (src/storage/backup-crypto: PBKDF2-SHA-256 600,000 iterations → AES-GCM-256), wrapped in a file of its
// own format so it is never mistaken for a booklet. Trainer mode only: imports the key part of the
// credential module (trainer-keys.ts, not its index, so the trainer home does not load JSON-LD).
import * as v from 'valibot'
import type { AnyKey } from '../../credential/device-seal.ts'
import {
  exportSecretKey,
  generateTrainerKeys,
  importSecretKey,
  keyInfo,
  type TrainerKeyInfo,
} from '../../credential/trainer-keys.ts'
import { fail, LIMITS, ok, parse, type Result, requiredText, TimestampSchema } from '../../domain/index.ts'
import { KDF_ITERATIONS } from '../../storage/index.ts'
import { type IssuedBackup, IssuedBackupSchema } from './issued-backup.ts'
import { type KeyBackupCode, openKeyBackup, sealKeyBackup } from './key-backup-file.ts'
import { secretForBackup } from './secure-keys.ts'

/** Format name of a trainer identity backup file. */
export const TRAINER_BACKUP_FORMAT = 'livret-trainer-identity'

/** A trainer's identity; on the device its key signs without showing its secret (secure-keys.ts). */
export type TrainerIdentity = { name: string; organisation: string; keys: AnyKey; createdAt: string }

const NamesSchema = v.object({ name: requiredText(LIMITS.name), organisation: requiredText(LIMITS.label) })

const PlainSchema = v.strictObject({
  name: requiredText(LIMITS.name),
  organisation: requiredText(LIMITS.label),
  secretKeyMultibase: v.pipe(v.string(), v.maxLength(100)),
  createdAt: TimestampSchema,
  /** Since version 2: what the key issued (status list, results), to withdraw it from another device. */
  version: v.optional(v.literal(2)),
  issued: v.optional(IssuedBackupSchema),
})

/** A new identity with a fresh key pair; 'invalid' (with issues) for an empty or too long name. */
export const createTrainerIdentity = (
  name: string,
  organisation: string,
  now: Date = new Date(),
): Result<TrainerIdentity, 'invalid'> => {
  const r = parse(NamesSchema, { name, organisation })
  if (!r.ok) return r
  return ok({ ...r.value, keys: generateTrainerKeys(), createdAt: now.toISOString() })
}

/** did:key, verification method and fingerprint of an identity. */
export const trainerKeyInfo = (identity: TrainerIdentity): TrainerKeyInfo => keyInfo(identity.keys.publicKey)

/** A trainer identity read from a backup file, with what its key issued (files since version 2). */
export type RestoredTrainer = TrainerIdentity & { issued?: IssuedBackup }

/** The identity as a passphrase-protected backup file (JSON text), with what its key issued. */
export const exportTrainerIdentity = async (
  identity: TrainerIdentity,
  passphrase: string,
  iterations: number = KDF_ITERATIONS,
  issued?: IssuedBackup,
): Promise<string> =>
  sealKeyBackup(
    TRAINER_BACKUP_FORMAT,
    {
      name: identity.name,
      organisation: identity.organisation,
      secretKeyMultibase: exportSecretKey(await secretForBackup(identity.keys)),
      createdAt: identity.createdAt,
      ...(issued ? { version: 2, issued } : {}),
    },
    passphrase,
    iterations,
  )

/** Restores an identity from its backup file. */
export const importTrainerIdentity = async (
  text: string,
  passphrase: string,
): Promise<Result<RestoredTrainer, KeyBackupCode>> => {
  const inner = await openKeyBackup(TRAINER_BACKUP_FORMAT, text, passphrase)
  if (!inner.ok) return inner
  const plain = v.safeParse(PlainSchema, inner.value)
  if (!plain.success) return fail('backup-tampered')
  const keys = importSecretKey(plain.output.secretKeyMultibase)
  if (!keys) return fail('backup-tampered')
  const { name, organisation, createdAt, issued } = plain.output
  return ok({ name, organisation, keys, createdAt, ...(issued ? { issued } : {}) })
}
