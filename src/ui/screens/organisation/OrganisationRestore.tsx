// Restoring the organisation's identity from its backup file (the same envelope as the trainer's,
// features/trainer/key-backup-file.ts): the whole file is checked before anything changes; a wrong
// passphrase, a trainer's file or a damaged file is said plainly. What the key issued (its status list,
// endorsements, validations) comes back too, so that "key lost" can withdraw it all from here.
import { useState } from 'preact/hooks'
import {
  importOrganisation,
  type OrganisationSelf,
  type RestoredOrganisation,
  saveOrganisation,
} from '../../../features/trainer/index.ts'
import { organisationPublic, restoreIssued } from '../../../features/trainer/signing/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { FileField, InputField } from '../../crud/InputField.tsx'
import { type CodeOf, errorMessages } from '../../errors.ts'
import { PinFields, type PinValue, pinProblem, usePinNeeded } from '../trainer/PinFields.tsx'

const restoreError = errorMessages<CodeOf<typeof importOrganisation> | 'unknown'>(
  {
    'invalid-file': 'orgRestore.error.invalid-file',
    'backup-other-kind': 'orgRestore.error.backup-other-kind',
    'backup-passphrase-wrong': 'orgRestore.error.backup-passphrase-wrong',
    'backup-tampered': 'orgRestore.error.backup-tampered',
    unknown: 'orgRestore.error.unknown',
  },
  'orgRestore.error.unknown',
).text

/** Restores the organisation from its file; `current` is the one on this device, if any. */
export function OrganisationRestore({ current }: { current?: OrganisationSelf | undefined }) {
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [found, setFound] = useState<RestoredOrganisation>()
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
      const r = await importOrganisation(await file.text(), passphrase)
      if (r.ok) setFound(r.value)
      else setError(`${restoreError(r.code)} ${t('trainer.unchanged')}`)
    } catch {
      setError(`${restoreError('unknown')} ${t('trainer.unchanged')}`)
    } finally {
      setBusy(false)
    }
  }
  const use = async (o: RestoredOrganisation) => {
    const badPin = needsPin ? pinProblem(pin) : null
    setPinError(badPin)
    if (badPin) return document.getElementById('org-restore-pin')?.focus()
    const { issued, ...rest } = o
    // What the key issued first: saving the identity shows the screen, which reads that list at once
    // (and a reload right after must not cut the restore in half).
    if (issued) await restoreIssued(organisationPublic(rest).did, issued)
    await saveOrganisation(rest, needsPin ? pin.pin : undefined)
    setFound(undefined)
    setPassphrase('')
    setPin({ pin: '', confirm: '' })
    showToast(t('orgRestore.done'))
  }
  const foundFp = found ? organisationPublic(found).fingerprint : undefined
  const currentFp = current ? organisationPublic(current).fingerprint : undefined
  return (
    <form class="card" aria-labelledby="org-restore-title" onSubmit={check} noValidate>
      <SectionTitle icon="backup" id="org-restore-title">
        {t('orgRestore.title')}
      </SectionTitle>
      <p>{t('orgRestore.intro')}</p>
      <FileField
        id="org-restore-file"
        label="trainer.file"
        accept=".json,application/json"
        onFile={(f) => {
          setFile(f)
          setFound(undefined)
          setError(undefined)
        }}
      />
      <InputField
        id="org-restore-passphrase"
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
        <p class="field-error" role="alert" data-org-restore-error>
          {error}
        </p>
      ) : null}
      {found && foundFp ? (
        <div>
          <p class="ok" role="status">
            {t('orgRestore.found', { name: found.name, fingerprint: foundFp })}
          </p>
          {found.issued ? (
            <p>
              {t('issued.found', {
                count: String(found.issued.results.length + (found.issued.endorsements?.length ?? 0)),
              })}
            </p>
          ) : null}
          {currentFp === foundFp ? (
            <p>{t('orgRestore.same')}</p>
          ) : (
            <>
              {currentFp ? <p>{t('orgRestore.replace', { fingerprint: currentFp })}</p> : null}
              {needsPin ? (
                <PinFields idPrefix="org-restore" value={pin} error={pinError} onValue={setPin} />
              ) : null}
              <button type="button" class="btn btn-primary" onClick={() => void use(found)}>
                {t('orgRestore.use')}
              </button>
            </>
          )}
        </div>
      ) : null}
    </form>
  )
}
