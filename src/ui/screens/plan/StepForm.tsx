// The form of a plan step: what, when, state, who proposed it, the holder's answer, commitments.
import { useEffect, useState } from 'preact/hooks'
import {
  ACTOR_ROLES,
  type Actor,
  type ActorRole,
  CONSENT,
  type Consent,
  STEP_STATUSES,
  type Step,
  type StepStatus,
} from '../../../domain/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import type { FieldDef, Values } from '../../crud/field-types.ts'
import { Field } from '../../crud/fields.tsx'
import { FormErrorSummary, SaveCancel, useFormErrors } from '../../crud/form-parts.tsx'
import type { SaveResult } from '../../crud/save.ts'
import { useSession } from '../../session.ts'
import { type CommitmentDraft, CommitmentsEditor } from './CommitmentsEditor.tsx'

/** What the step form edits. */
export type StepDraft = {
  title: string
  description: string
  dueDate: string
  status: StepStatus
  proposedBy: Actor
  consent: Consent
  commitments: CommitmentDraft[]
}

/** Draft of an existing step, or of a new one proposed by the holder. */
export const toDraft = (s?: Step): StepDraft => ({
  title: s?.title ?? '',
  description: s?.description ?? '',
  dueDate: s?.dueDate ?? '',
  status: s?.status ?? 'todo',
  proposedBy: s ? { ...s.proposedBy } : { role: 'holder' },
  consent: s?.consent ?? 'accepted',
  commitments: s ? s.commitments.map((c) => ({ ...c, actor: { ...c.actor } })) : [],
})

type Props = {
  title: MessageKey
  initial: StepDraft
  onSave: (d: StepDraft) => SaveResult
  onCancel: () => void
}

const FIELDS: readonly FieldDef[] = [
  { kind: 'text', name: 'title', label: 'plan.stepTitle', required: true },
  { kind: 'textarea', name: 'description', label: 'plan.stepDescription' },
  { kind: 'date', name: 'dueDate', label: 'plan.dueDate' },
  {
    kind: 'radio',
    name: 'status',
    label: 'plan.stepStatus',
    options: STEP_STATUSES.map((s) => ({ value: s, label: `sstep.${s}`, icon: `status-${s}` as const })),
  },
  {
    kind: 'select',
    name: 'role',
    label: 'plan.proposedBy',
    options: ACTOR_ROLES.map((r) => ({ value: r, label: `role.${r}` })),
  },
]
/** The pictogram of each answer to a proposed step. */
const CONSENT_ICONS = { proposed: 'status-todo', accepted: 'status-done', refused: 'status-dropped' } as const
const CONSENT_FIELD: FieldDef = {
  kind: 'radio',
  name: 'consent',
  label: 'plan.consent',
  options: CONSENT.map((c) => ({ value: c, label: `consent.${c}`, icon: CONSENT_ICONS[c] })),
}

/** The step form. */
export function StepForm({ title, initial, onSave, onCancel }: Props) {
  const { doc } = useSession()
  const [d, setD] = useState(initial)
  const { errors, show, ref } = useFormErrors()
  useEffect(() => ref.current?.querySelector<HTMLElement>('input')?.focus(), [])
  const set = (patch: Partial<StepDraft>) => setD({ ...d, ...patch })
  // The fields edit a flat view of the draft: who proposed it is `role`.
  const values: Values = { ...d, role: d.proposedBy.role }
  const setValues = ({ role, ...patch }: Values) => {
    if (typeof role !== 'string') return set(patch as Partial<StepDraft>)
    const r = role as ActorRole
    set({ proposedBy: { ...d.proposedBy, role: r }, consent: r === 'holder' ? 'accepted' : d.consent })
  }
  const submit = (e: Event) => {
    e.preventDefault()
    const r = onSave(d)
    if (!r.ok) show(r.errors)
  }
  const field = (def: FieldDef) => (
    <Field
      key={def.name}
      def={def}
      values={values}
      set={setValues}
      error={errors[def.name]}
      doc={doc}
      idPrefix="step"
    />
  )
  return (
    <form ref={ref} class="card form" aria-labelledby="step-form-title" onSubmit={submit} noValidate>
      <h3 id="step-form-title">{t(title)}</h3>
      <FormErrorSummary errors={errors} />
      {FIELDS.map(field)}
      {d.proposedBy.role === 'holder' ? null : field(CONSENT_FIELD)}
      <CommitmentsEditor
        value={d.commitments}
        errors={errors}
        onChange={(commitments) => set({ commitments })}
      />
      <SaveCancel onCancel={onCancel} />
    </form>
  )
}
