// Backing up the trainer's identity to a passphrase-protected file, and restoring it. The restore
// checks the whole file (format, passphrase, content, key) before anything on the device changes,
// and tells a wrong passphrase from a damaged file.
import {
  exportTrainerIdentity,
  importTrainerIdentity,
  listSignedResults,
  type RestoredTrainer,
  saveIdentity,
  type TrainerIdentity,
  trainerKeyInfo,
} from '../../../features/trainer/index.ts'
import { t } from '../../../i18n/index.ts'
import { PassphraseBackupForm } from '../../components/PassphraseBackupForm.tsx'
import { type CodeOf, errorMessages } from '../../errors.ts'
import { RestoreKeyForm } from './RestoreKeyForm.tsx'

/** Saves the identity to a protected file. */
export const ExportIdentity = ({ identity }: { identity: TrainerIdentity }) => (
  <PassphraseBackupForm
    id="trainer-export"
    title="trainer.backupTitle"
    intro="trainer.backupIntro"
    note="issued.inBackup"
    done="trainer.backedUp"
    filePrefix="livret-formateur"
    seal={async (passphrase) => {
      // What the key issued goes in the file too: from another device, it can all be withdrawn.
      const { issuedBackupOf } = await import('../../../features/trainer/signing/index.ts')
      const did = trainerKeyInfo(identity).did
      const issued = await issuedBackupOf(did, await listSignedResults())
      return exportTrainerIdentity(identity, passphrase, undefined, issued)
    }}
  />
)

const restoreError = errorMessages<CodeOf<typeof importTrainerIdentity> | 'unknown'>(
  {
    'invalid-file': 'trainer.restoreError.invalid-file',
    'backup-passphrase-wrong': 'trainer.restoreError.backup-passphrase-wrong',
    'backup-tampered': 'trainer.restoreError.backup-tampered',
    'backup-other-kind': 'trainer.restoreError.backup-other-kind',
    unknown: 'trainer.restoreError.unknown',
  },
  'trainer.restoreError.unknown',
).text

/** Opens the file: the identity found, or the words why not. */
const openFile = async (text: string, passphrase: string) => {
  try {
    const r = await importTrainerIdentity(text, passphrase)
    return r.ok ? r : { ok: false as const, text: restoreError(r.code) }
  } catch {
    return { ok: false as const, text: restoreError('unknown') }
  }
}

/** Restores an identity from a protected file; `current` is the identity on the device, if any. */
export const RestoreIdentity = ({ current }: { current?: TrainerIdentity | undefined }) => (
  <RestoreKeyForm<RestoredTrainer>
    id="trainer-restore"
    title="trainer.restoreTitle"
    intro="trainer.restoreIntro"
    open={openFile}
    fingerprint={(found) => trainerKeyInfo(found).fingerprint}
    currentFingerprint={current ? trainerKeyInfo(current).fingerprint : undefined}
    found={(found, fingerprint) => [
      t('trainer.found', { name: found.name, organisation: found.organisation, fingerprint }),
      ...(found.issued ? [t('issued.found', { count: String(found.issued.results.length) })] : []),
    ]}
    same="trainer.sameIdentity"
    replace="trainer.replaceWarning"
    use="trainer.useIdentity"
    done="trainer.restored"
    apply={async (identity, pin) => {
      const { issued, ...rest } = identity
      // What the key issued elsewhere, first: withdrawable from here (history, "my key is lost"),
      // and already there when saving the identity shows the screens that list it.
      if (issued) {
        const { restoreIssued } = await import('../../../features/trainer/signing/index.ts')
        await restoreIssued(trainerKeyInfo(rest).did, issued)
      }
      await saveIdentity(rest, pin)
    }}
  />
)
