// Making the organisation's identity (name, optional website → did:web) and backing it up to a
// passphrase-protected file.
import { useState } from 'preact/hooks'
import {
  createOrganisation,
  exportOrganisation,
  listSignedResults,
  type OrganisationSelf,
  saveOrganisation,
} from '../../../features/trainer/index.ts'
import { issuedBackupOf, organisationPublic } from '../../../features/trainer/signing/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { PassphraseBackupForm } from '../../components/PassphraseBackupForm.tsx'
import { showToast } from '../../components/Toast.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { PinFields, type PinValue, pinProblem, usePinNeeded } from '../trainer/PinFields.tsx'

/** The organisation identity creation form. */
export function OrganisationCreate() {
  const [name, setName] = useState('')
  const [domain, setDomain] = useState('')
  const [error, setError] = useState(false)
  const [busy, setBusy] = useState(false)
  const [pin, setPin] = useState<PinValue>({ pin: '', confirm: '' })
  const [pinError, setPinError] = useState<MessageKey | null>(null)
  const needsPin = usePinNeeded()
  const submit = async (e: Event) => {
    e.preventDefault()
    const r = createOrganisation(name.trim(), domain.trim() || undefined)
    const badPin = needsPin ? pinProblem(pin) : null
    setPinError(badPin)
    setError(!r.ok)
    if (!r.ok || badPin) {
      document.getElementById(r.ok ? 'org-create-pin' : 'org-name')?.focus()
      return
    }
    setBusy(true)
    try {
      await saveOrganisation(r.value, needsPin ? pin.pin : undefined)
      showToast(t('org.created'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="card" aria-labelledby="org-create-title" onSubmit={submit} noValidate>
      <SectionTitle icon="organisation" id="org-create-title">
        {t('org.createTitle')}
      </SectionTitle>
      <p>{t('org.createIntro')}</p>
      <InputField
        id="org-name"
        label="org.name"
        autocomplete="organization"
        value={name}
        errorId={error ? 'org-create-error' : undefined}
        onValue={setName}
      />
      <InputField id="org-domain" label="org.domain" autocomplete="url" value={domain} onValue={setDomain} />
      {needsPin ? <PinFields idPrefix="org-create" value={pin} error={pinError} onValue={setPin} /> : null}
      <button type="submit" class="btn btn-primary" disabled={busy || needsPin === undefined}>
        {t('org.create')}
      </button>
      {error ? (
        <p class="field-error" id="org-create-error" role="alert">
          {t('org.error.invalid')}
        </p>
      ) : null}
    </form>
  )
}

/** Saves the organisation identity to a protected file. */
export const OrganisationBackup = ({ organisation }: { organisation: OrganisationSelf }) => (
  <PassphraseBackupForm
    id="org-backup"
    title="org.backupTitle"
    intro="org.backupIntro"
    note="issued.inBackup"
    done="org.backedUp"
    filePrefix="livret-organisation"
    seal={async (passphrase) => {
      // Its list and what it issued go in the file: from another device, it can all be withdrawn.
      const did = organisationPublic(organisation).did
      const issued = await issuedBackupOf(did, await listSignedResults(), undefined, true)
      return exportOrganisation(organisation, passphrase, undefined, issued)
    }}
  />
)
