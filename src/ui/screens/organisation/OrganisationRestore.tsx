// Restoring the organisation's identity from its backup file (the same envelope as the trainer's,
// features/trainer/key-backup-file.ts): the whole file is checked before anything changes; a wrong
// passphrase, a trainer's file or a damaged file is said plainly. What the key issued (its status list,
// endorsements, validations) comes back too, so that "key lost" can withdraw it all from here.
import {
  importOrganisation,
  type OrganisationSelf,
  saveOrganisation,
} from '../../../features/trainer/index.ts'
import { organisationPublic } from '../../../features/trainer/signing/index.ts'
import { t } from '../../../i18n/index.ts'
import { RestoreKeyForm } from '../trainer/RestoreKeyForm.tsx'

/** Restores the organisation from its file; `current` is the one on this device, if any. */
export const OrganisationRestore = ({ current }: { current?: OrganisationSelf | undefined }) => (
  <RestoreKeyForm
    kind="org"
    importFile={importOrganisation}
    keyInfo={organisationPublic}
    current={current}
    found={(o, fingerprint) => t('orgRestore.found', { name: o.name, fingerprint })}
    save={saveOrganisation}
  />
)
