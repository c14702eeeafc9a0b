// Making the organisation's identity (name, optional website → did:web) and backing it up to a
// passphrase-protected file.
import {
  createOrganisation,
  exportOrganisation,
  type OrganisationSelf,
  saveOrganisation,
} from '../../../features/trainer/index.ts'
import { organisationPublic } from '../../../features/trainer/signing/index.ts'
import { KeyBackup } from '../trainer/KeyBackup.tsx'
import { type IdentityField, KeyIdentityForm } from '../trainer/KeyIdentityForm.tsx'

const FIELDS: readonly IdentityField<'name' | 'domain'>[] = [
  { name: 'name', label: 'org.name', autocomplete: 'organization' },
  { name: 'domain', label: 'org.domain', autocomplete: 'url' },
]

/** The organisation identity creation form; a wrong name or website is said under the button. */
export const OrganisationCreate = () => (
  <KeyIdentityForm
    kind="org"
    fields={FIELDS}
    make={(v) => createOrganisation(v.name, v.domain || undefined)}
    save={saveOrganisation}
    invalid="org.error.invalid"
  />
)

/** Saves the organisation identity to a protected file (its list and what it issued go in the file:
 * from another device, it can all be withdrawn). */
export const OrganisationBackup = ({ organisation }: { organisation: OrganisationSelf }) => (
  <KeyBackup
    kind="org"
    did={organisationPublic(organisation).did}
    seal={(passphrase, issued) => exportOrganisation(organisation, passphrase, undefined, issued)}
  />
)
