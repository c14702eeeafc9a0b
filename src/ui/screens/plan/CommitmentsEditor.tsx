// "Qui fait quoi": the commitments of a step, one row per actor (DOMAIN.md principle 5).
import { ACTOR_ROLES, type Actor, type ActorRole } from '../../../domain/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { FieldError } from '../../crud/fields.tsx'

/** A commitment being edited. */
export type CommitmentDraft = { actor: Actor; text: string; done: boolean }

/** Rows of commitments with add and remove. */
export function CommitmentsEditor({
  value,
  onChange,
  errors,
}: {
  value: readonly CommitmentDraft[]
  onChange: (next: CommitmentDraft[]) => void
  errors: Record<string, MessageKey>
}) {
  const update = (i: number, patch: Partial<CommitmentDraft>) =>
    onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  return (
    <fieldset class="field">
      <legend>{t('plan.commitments')}</legend>
      {value.map((c, i) => {
        const id = `commit-${i}`
        const err = errors[`commitments.${i}.text`] ?? errors[`commitments.${i}`]
        return (
          <div key={i} class="subcard">
            <div class="field">
              <label for={`${id}-role`}>{t('plan.commitmentActor')}</label>
              <select
                id={`${id}-role`}
                value={c.actor.role}
                onChange={(e) => update(i, { actor: { role: e.currentTarget.value as ActorRole } })}
              >
                {ACTOR_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`${id}-text`}>{t('plan.commitmentText')}</label>
              <input
                id={`${id}-text`}
                type="text"
                value={c.text}
                aria-invalid={err ? true : undefined}
                aria-describedby={err ? `${id}-error` : undefined}
                onInput={(e) => update(i, { text: e.currentTarget.value })}
              />
              <FieldError id={`${id}-error`} error={err} />
            </div>
            <div class="row">
              <label class="choice">
                <input
                  type="checkbox"
                  checked={c.done}
                  onChange={(e) => update(i, { done: e.currentTarget.checked })}
                />
                <span>{t('plan.commitmentDone')}</span>
              </label>
              <button
                type="button"
                class="btn btn-small"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {t('plan.removeCommitment')}
              </button>
            </div>
          </div>
        )
      })}
      <button
        type="button"
        class="btn btn-small"
        onClick={() => onChange([...value, { actor: { role: 'holder' }, text: '', done: false }])}
      >
        + {t('plan.addCommitment')}
      </button>
    </fieldset>
  )
}
