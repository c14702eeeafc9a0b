// Making the organisation's identity (name, optional website → did:web) and backing it up to a
// passphrase-protected file.
import { useState } from 'preact/hooks'
import {
  createOrganisation,
  exportOrganisation,
  type OrganisationSelf,
  saveOrganisation,
} from '../../../features/trainer/index.ts'
import { t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { PassphraseBackupForm } from '../../components/PassphraseBackupForm.tsx'
import { showToast } from '../../components/Toast.tsx'
import { InputField } from '../../crud/InputField.tsx'

/** The organisation identity creation form. */
export function OrganisationCreate() {
  const [name, setName] = useState('')
  const [domain, setDomain] = useState('')
  const [error, setError] = useState(false)
  const [busy, setBusy] = useState(false)
  const submit = async (e: Event) => {
    e.preventDefault()
    const r = createOrganisation(name.trim(), domain.trim() || undefined)
    if (!r.ok) {
      setError(true)
      document.getElementById('org-name')?.focus()
      return
    }
    setError(false)
    setBusy(true)
    try {
      await saveOrganisation(r.value)
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
      <button type="submit" class="btn btn-primary" disabled={busy}>
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
    done="org.backedUp"
    filePrefix="livret-organisation"
    seal={(passphrase) => exportOrganisation(organisation, passphrase)}
  />
)
