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
    keyInfo={trainerKeyInfo}
    current={current}
    found={(f, fingerprint) =>
      t('trainer.found', { name: f.name, organisation: f.organisation, fingerprint })
    }
    save={saveIdentity}
  />
)
