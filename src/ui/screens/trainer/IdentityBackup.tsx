// Backing up the trainer's identity to a passphrase-protected file, and restoring it. The restore
// checks the whole file (format, passphrase, content, key) before anything on the device changes,
// and tells a wrong passphrase from a damaged file.
import { useState } from 'preact/hooks'
import {
  exportTrainerIdentity,
  importTrainerIdentity,
  listSignedResults,
  type RestoredTrainer,
  saveIdentity,
  type TrainerIdentity,
  trainerKeyInfo,
} from '../../../features/trainer/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { PassphraseBackupForm } from '../../components/PassphraseBackupForm.tsx'
import { showToast } from '../../components/Toast.tsx'
import { FileField, InputField } from '../../crud/InputField.tsx'
import { type CodeOf, errorMessages } from '../../errors.ts'
import { PinFields, type PinValue, pinProblem, usePinNeeded } from './PinFields.tsx'

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

/** Restores an identity from a protected file; `current` is the identity on the device, if any. */
export function RestoreIdentity({ current }: { current?: TrainerIdentity | undefined }) {
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [found, setFound] = useState<RestoredTrainer>()
  const [pin, setPin] = useState<PinValue>({ pin: '', confirm: '' })
  const [pinError, setPinError] = useState<MessageKey | null>(null)
  const needsPin = usePinNeeded()
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
  const use = async (identity: RestoredTrainer) => {
    const badPin = needsPin ? pinProblem(pin) : null
    setPinError(badPin)
    if (badPin) return document.getElementById('trainer-restore-pin')?.focus()
    const { issued, ...rest } = identity
    // What the key issued elsewhere, first: withdrawable from here (history, "my key is lost"), and
    // already there when saving the identity shows the screens that list it.
    if (issued) {
      const { restoreIssued } = await import('../../../features/trainer/signing/index.ts')
      await restoreIssued(trainerKeyInfo(rest).did, issued)
    }
    await saveIdentity(rest, needsPin ? pin.pin : undefined)
    setPin({ pin: '', confirm: '' })
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
          {found.issued ? <p>{t('issued.found', { count: String(found.issued.results.length) })}</p> : null}
          {currentFp === foundFp ? (
            <p>{t('trainer.sameIdentity')}</p>
          ) : (
            <>
              {currentFp ? <p>{t('trainer.replaceWarning', { fingerprint: currentFp })}</p> : null}
              {needsPin ? (
                <PinFields idPrefix="trainer-restore" value={pin} error={pinError} onValue={setPin} />
              ) : null}
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
