// Making the organisation's identity (name, optional website → did:web) and backing it up to a
// passphrase-protected file.
import {
  createOrganisation,
  exportOrganisation,
  listSignedResults,
  type OrganisationSelf,
  saveOrganisation,
} from '../../../features/trainer/index.ts'
import { issuedBackupOf, organisationPublic } from '../../../features/trainer/signing/index.ts'
import { PassphraseBackupForm } from '../../components/PassphraseBackupForm.tsx'
import { type IdentityField, KeyIdentityForm } from '../trainer/KeyIdentityForm.tsx'

const FIELDS: readonly IdentityField<'name' | 'domain'>[] = [
  { name: 'name', label: 'org.name', autocomplete: 'organization' },
  { name: 'domain', label: 'org.domain', autocomplete: 'url' },
]

/** The organisation identity creation form; a wrong name or website is said under the button. */
export const OrganisationCreate = () => (
  <KeyIdentityForm
    id="org"
    icon="organisation"
    title="org.createTitle"
    intro="org.createIntro"
    button="org.create"
    created="org.created"
    fields={FIELDS}
    make={(v) => {
      const r = createOrganisation(v.name, v.domain || undefined)
      return r.ok ? r : { ok: false, fields: {}, form: 'org.error.invalid' }
    }}
    save={saveOrganisation}
  />
)

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
