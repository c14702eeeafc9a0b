// Making the trainer's identity: name and organisation; the key pair is generated on this device.
// Where the browser cannot keep the key itself, a PIN protects it (KeyIdentityForm).
import { createTrainerIdentity, saveIdentity } from '../../../features/trainer/index.ts'
import type { MessageKey } from '../../../i18n/index.ts'
import { TRAINER_FIELD_ERRORS } from './field-errors.ts'
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
    make={(v) => {
      const r = createTrainerIdentity(v.name, v.organisation)
      if (r.ok) return r
      const fields: Partial<Record<Field, MessageKey>> = {}
      for (const f of ['name', 'organisation'] as const) {
        const code = r.issues?.find((i) => i.path === f)?.code
        if (code) fields[f] = TRAINER_FIELD_ERRORS.keyOf(code)
      }
      return { ok: false, fields }
    }}
    save={saveIdentity}
  />
)
