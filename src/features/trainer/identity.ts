// A trainer's identity on their device (issue 5 §1): name, organisation and an Ed25519 key pair made
// there, with the fingerprint to read aloud. Backup: the same passphrase protection as a booklet backup
// (src/storage/backup-crypto: PBKDF2-SHA-256 600,000 iterations → AES-GCM-256), wrapped in a file of its
// own format so it is never mistaken for a booklet. Trainer mode only: imports the key part of the
// credential module (trainer-keys.ts, not its index, so the trainer home does not load JSON-LD).
import * as v from 'valibot'
import type { AnyKey } from '../../credential/device-seal.ts'
import { generateTrainerKeys, keyInfo, type TrainerKeyInfo } from '../../credential/trainer-keys.ts'
import { LIMITS, ok, parse, type Result, requiredText } from '../../domain/index.ts'
import type { IssuedBackup } from './issued-backup.ts'
import type { KeyBackupCode } from './key-backup-file.ts'
import { type KeyIdentityKind, keyBackup } from './key-identity.ts'

/** Format name of a trainer identity backup file. */
export const TRAINER_BACKUP_FORMAT = 'livret-trainer-identity'

/** A trainer's identity; on the device its key signs without showing its secret (secure-keys.ts). */
export type TrainerIdentity = { name: string; organisation: string; keys: AnyKey; createdAt: string }

const names = { name: requiredText(LIMITS.name), organisation: requiredText(LIMITS.label) }
/** The trainer kind of key identity: a name and an organisation, both required. */
export const trainerIdentityKind: KeyIdentityKind<typeof names> = {
  names,
  pick: ({ name, organisation }) => ({ name, organisation }),
}
const NamesSchema = v.object(names)
const backup = keyBackup(TRAINER_BACKUP_FORMAT, trainerIdentityKind)

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
export const exportTrainerIdentity: (
  identity: TrainerIdentity,
  passphrase: string,
  iterations?: number,
  issued?: IssuedBackup,
) => Promise<string> = backup.export

/** Restores an identity from its backup file. */
export const importTrainerIdentity: (
  text: string,
  passphrase: string,
) => Promise<Result<RestoredTrainer, KeyBackupCode>> = backup.import
