// Backing up the trainer's identity to a passphrase-protected file, and restoring it. The restore
// checks the whole file (format, passphrase, content, key) before anything on the device changes,
// and tells a wrong passphrase from a damaged file.
import { useState } from 'preact/hooks'
import {
  exportTrainerIdentity,
  importTrainerIdentity,
  saveIdentity,
  type TrainerIdentity,
  trainerKeyInfo,
} from '../../../features/trainer/index.ts'
import { t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { PassphraseBackupForm } from '../../components/PassphraseBackupForm.tsx'
import { showToast } from '../../components/Toast.tsx'
import { FileField, InputField } from '../../crud/InputField.tsx'
import { type CodeOf, errorMessages } from '../../errors.ts'

/** Saves the identity to a protected file. */
export const ExportIdentity = ({ identity }: { identity: TrainerIdentity }) => (
  <PassphraseBackupForm
    id="trainer-export"
    title="trainer.backupTitle"
    intro="trainer.backupIntro"
    done="trainer.backedUp"
    filePrefix="livret-formateur"
    seal={(passphrase) => exportTrainerIdentity(identity, passphrase)}
  />
)

const restoreError = errorMessages<CodeOf<typeof importTrainerIdentity> | 'unknown'>(
  {
    'invalid-file': 'trainer.restoreError.invalid-file',
    'backup-passphrase-wrong': 'trainer.restoreError.backup-passphrase-wrong',
    'backup-tampered': 'trainer.restoreError.backup-tampered',
    unknown: 'trainer.restoreError.unknown',
  },
  'trainer.restoreError.unknown',
).text

/** Restores an identity from a protected file; `current` is the identity on the device, if any. */
export function RestoreIdentity({ current }: { current?: TrainerIdentity | undefined }) {
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [found, setFound] = useState<TrainerIdentity>()
  const check = async (e: Event) => {
    e.preventDefault()
    setError(undefined)
    setFound(undefined)
    if (!file) return setError(`${t('trainer.noFile')} ${t('trainer.unchanged')}`)
    setBusy(true)
    try {
      const r = await importTrainerIdentity(await file.text(), passphrase)
      if (r.ok) setFound(r.value)
      else setError(`${restoreError(r.code)} ${t('trainer.unchanged')}`)
    } catch {
      setError(`${restoreError('unknown')} ${t('trainer.unchanged')}`)
    } finally {
      setBusy(false)
    }
  }
  const use = async (identity: TrainerIdentity) => {
    await saveIdentity(identity)
    setFound(undefined)
    setPassphrase('')
    showToast(t('trainer.restored'))
  }
  const foundFp = found ? trainerKeyInfo(found).fingerprint : undefined
  const currentFp = current ? trainerKeyInfo(current).fingerprint : undefined
  return (
    <form class="card" aria-labelledby="trainer-restore-title" onSubmit={check} noValidate>
      <SectionTitle icon="backup" id="trainer-restore-title">
        {t('trainer.restoreTitle')}
      </SectionTitle>
      <p>{t('trainer.restoreIntro')}</p>
      <FileField
        id="trainer-restore-file"
        label="trainer.file"
        accept=".json,application/json"
        onFile={(f) => {
          setFile(f)
          setFound(undefined)
          setError(undefined)
        }}
      />
      <InputField
        id="trainer-restore-passphrase"
        label="trainer.restorePassphrase"
        type="password"
        autocomplete="off"
        value={passphrase}
        onValue={setPassphrase}
      />
      <button type="submit" class="btn" disabled={busy}>
        {t('trainer.check')}
      </button>
      {busy ? <p role="status">{t('trainer.checking')}</p> : null}
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {found && foundFp ? (
        <div>
          <p class="ok" role="status">
            {t('trainer.found', { name: found.name, organisation: found.organisation, fingerprint: foundFp })}
          </p>
          {currentFp === foundFp ? (
            <p>{t('trainer.sameIdentity')}</p>
          ) : (
            <>
              {currentFp ? <p>{t('trainer.replaceWarning', { fingerprint: currentFp })}</p> : null}
              <button type="button" class="btn btn-primary" onClick={() => void use(found)}>
                {t('trainer.useIdentity')}
              </button>
            </>
          )}
        </div>
      ) : null}
    </form>
  )
}
