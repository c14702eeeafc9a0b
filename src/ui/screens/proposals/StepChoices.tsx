// One answer per proposed step: two big choices with a pictogram (accept / refuse), and a reason
// field under a refused step.
import type { ProposedStep } from '../../../domain/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'

/** What the holder chose so far for one step (undefined: not chosen yet). */
export type StepChoiceState = { accept?: boolean; reason: string }

/** The per-step answers of one proposal. */
export function StepChoices({
  id,
  steps,
  choices,
  onChange,
}: {
  id: string
  steps: readonly ProposedStep[]
  choices: readonly StepChoiceState[]
  onChange: (next: StepChoiceState[]) => void
}) {
  const set = (i: number, patch: Partial<StepChoiceState>) =>
    onChange(choices.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  return (
    <>
      {steps.map((step, i) => {
        const c = choices[i] ?? { reason: '' }
        const name = `${id}-step-${i}`
        return (
          <fieldset key={name} class="step-choice" data-step={i}>
            <legend>{t('steps.legend', { n: i + 1, title: step.title })}</legend>
            <div class="choice-row">
              <label class="choice">
                <input
                  type="radio"
                  name={name}
                  checked={c.accept === true}
                  onChange={() => set(i, { accept: true })}
                />
                <Icon name="validated" /> {t('steps.accept')}
              </label>
              <label class="choice">
                <input
                  type="radio"
                  name={name}
                  checked={c.accept === false}
                  onChange={() => set(i, { accept: false })}
                />
                <Icon name="stop" /> {t('steps.refuse')}
              </label>
            </div>
            {c.accept === false ? (
              <div class="field">
                <label for={`${name}-reason`}>{t('steps.reason')}</label>
                <textarea
                  id={`${name}-reason`}
                  rows={2}
                  maxLength={1000}
                  value={c.reason}
                  onInput={(e) => set(i, { reason: e.currentTarget.value })}
                />
              </div>
            ) : null}
          </fieldset>
        )
      })}
    </>
  )
}
