// Making the trainer's identity: name and organisation; the key pair is generated on this device.
// Where the browser cannot keep the key itself, a PIN protects it (KeyIdentityForm).
import { createTrainerIdentity, saveIdentity } from '../../../features/trainer/index.ts'
import { type IdentityField, KeyIdentityForm } from './KeyIdentityForm.tsx'

type Field = 'name' | 'organisation'

const FIELDS: readonly IdentityField<Field>[] = [
  { name: 'name', label: 'trainer.name', autocomplete: 'name' },
  { name: 'organisation', label: 'trainer.organisation', autocomplete: 'organization' },
]

/** The identity creation form. */
export const IdentityForm = () => (
  <KeyIdentityForm
    kind="trainer"
    fields={FIELDS}
    make={(v) => createTrainerIdentity(v.name, v.organisation)}
    save={saveIdentity}
  />
)
