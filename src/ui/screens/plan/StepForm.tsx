// The form of a plan step: what, when, state, who proposed it, the holder's answer, commitments.
import { useEffect, useRef, useState } from 'preact/hooks'
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
import { Icon } from '../../components/Icon.tsx'
import type { FieldErrors } from '../../crud/field-types.ts'
import { FieldError } from '../../crud/fields.tsx'
import type { SaveResult } from '../../crud/save.ts'
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

/** The pictogram of each answer to a proposed step. */
const CONSENT_ICONS = { proposed: 'status-todo', accepted: 'status-done', refused: 'status-dropped' } as const

/** The step form. */
export function StepForm({ title, initial, onSave, onCancel }: Props) {
  const [d, setD] = useState(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const ref = useRef<HTMLFormElement>(null)
  useEffect(() => ref.current?.querySelector<HTMLElement>('input')?.focus(), [])
  const set = (patch: Partial<StepDraft>) => setD({ ...d, ...patch })
  const submit = (e: Event) => {
    e.preventDefault()
    const r = onSave(d)
    if (!r.ok) {
      setErrors(r.errors)
      setTimeout(
        () => ref.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error')?.focus(),
        0,
      )
    }
  }
  const err = (name: string) => errors[name]
  const attrs = (name: string) => ({
    id: `step-${name}`,
    'aria-invalid': err(name) ? true : undefined,
    'aria-describedby': err(name) ? `step-${name}-error` : undefined,
  })
  return (
    <form ref={ref} class="card form" aria-labelledby="step-form-title" onSubmit={submit} noValidate>
      <h3 id="step-form-title">{t(title)}</h3>
      {Object.keys(errors).length > 0 ? (
        <p class="form-error" role="alert" tabIndex={-1}>
          {t(errors[''] ?? 'common.fixErrors')}
        </p>
      ) : null}
      <div class="field">
        <label for="step-title">{t('plan.stepTitle')}</label>
        <input
          {...attrs('title')}
          type="text"
          value={d.title}
          onInput={(e) => set({ title: e.currentTarget.value })}
        />
        <FieldError id="step-title-error" error={err('title')} />
      </div>
      <div class="field">
        <label for="step-description">
          {t('plan.stepDescription')} <span class="muted">{t('common.optional')}</span>
        </label>
        <textarea
          {...attrs('description')}
          rows={3}
          value={d.description}
          onInput={(e) => set({ description: e.currentTarget.value })}
        />
        <FieldError id="step-description-error" error={err('description')} />
      </div>
      <div class="field">
        <label for="step-dueDate">
          {t('plan.dueDate')} <span class="muted">{t('common.optional')}</span>
        </label>
        <input
          {...attrs('dueDate')}
          type="date"
          value={d.dueDate}
          onInput={(e) => set({ dueDate: e.currentTarget.value })}
        />
        <FieldError id="step-dueDate-error" error={err('dueDate')} />
      </div>
      <fieldset class="field">
        <legend>{t('plan.stepStatus')}</legend>
        <div class="choices">
          {STEP_STATUSES.map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name="step-status"
                checked={d.status === s}
                onChange={() => set({ status: s })}
              />
              <Icon name={`status-${s}`} />
              <span>{t(`sstep.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="step-proposedBy">{t('plan.proposedBy')}</label>
        <select
          {...attrs('proposedBy')}
          value={d.proposedBy.role}
          onChange={(e) => {
            const role = e.currentTarget.value as ActorRole
            set({
              proposedBy: { ...d.proposedBy, role },
              consent: role === 'holder' ? 'accepted' : d.consent,
            })
          }}
        >
          {ACTOR_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {d.proposedBy.role === 'holder' ? null : (
        <fieldset class="field" aria-describedby={err('consent') ? 'step-consent-error' : undefined}>
          <legend>{t('plan.consent')}</legend>
          <div class="choices">
            {CONSENT.map((c) => (
              <label key={c} class="choice">
                <input
                  type="radio"
                  name="step-consent"
                  checked={d.consent === c}
                  onChange={() => set({ consent: c })}
                />
                <Icon name={CONSENT_ICONS[c]} />
                <span>{t(`consent.${c}`)}</span>
              </label>
            ))}
          </div>
          <FieldError id="step-consent-error" error={err('consent')} />
        </fieldset>
      )}
      <CommitmentsEditor
        value={d.commitments}
        errors={errors}
        onChange={(commitments) => set({ commitments })}
      />
      <div class="row">
        <button type="submit" class="btn btn-primary">
          {t('common.save')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
