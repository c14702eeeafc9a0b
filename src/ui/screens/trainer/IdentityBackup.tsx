// Backing up the trainer's identity to a passphrase-protected file, and restoring it. The restore
// checks the whole file (format, passphrase, content, key) before anything on the device changes,
// and tells a wrong passphrase from a damaged file.
import {
  exportTrainerIdentity,
  importTrainerIdentity,
  saveIdentity,
  type TrainerIdentity,
  trainerKeyInfo,
} from '../../../features/trainer/index.ts'
import { t } from '../../../i18n/index.ts'
import { KeyBackup } from './KeyBackup.tsx'
import { RestoreKeyForm } from './RestoreKeyForm.tsx'

/** Saves the identity to a protected file. */
export const ExportIdentity = ({ identity }: { identity: TrainerIdentity }) => (
  <KeyBackup
    kind="trainer"
    did={trainerKeyInfo(identity).did}
    seal={(passphrase, issued) => exportTrainerIdentity(identity, passphrase, undefined, issued)}
  />
)

/** Restores an identity from a protected file; `current` is the identity on the device, if any. */
export const RestoreIdentity = ({ current }: { current?: TrainerIdentity | undefined }) => (
  <RestoreKeyForm
    kind="trainer"
    importFile={importTrainerIdentity}
    fingerprint={(found) => trainerKeyInfo(found).fingerprint}
    currentFingerprint={current ? trainerKeyInfo(current).fingerprint : undefined}
    found={(found, fingerprint) => [
      t('trainer.found', { name: found.name, organisation: found.organisation, fingerprint }),
      ...(found.issued ? [t('issued.found', { count: String(found.issued.results.length) })] : []),
    ]}
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
