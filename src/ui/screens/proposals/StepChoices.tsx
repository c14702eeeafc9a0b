// One answer per proposed step: two big choices with a pictogram (accept / refuse), and a reason
// field under a refused step.
import type { ProposedStep } from '../../../domain/index.ts'
import { t } from '../../../i18n/index.ts'
import { ChoiceGroup } from '../../crud/InputField.tsx'
import { TextField } from '../../crud/TextField.tsx'

/** What the holder chose so far for one step (undefined: not chosen yet). */
export type StepChoiceState = { accept?: boolean; reason: string }

// Read at render time: the words follow the language chosen.
const options = () =>
  [
    { value: 'accept', label: t('steps.accept'), icon: 'validated' },
    { value: 'refuse', label: t('steps.refuse'), icon: 'stop' },
  ] as const

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
          <ChoiceGroup
            key={name}
            class="step-choice"
            legend={t('steps.legend', { n: i + 1, title: step.title })}
            name={name}
            options={options()}
            value={c.accept === undefined ? undefined : c.accept ? 'accept' : 'refuse'}
            onPick={(v) => set(i, { accept: v === 'accept' })}
          >
            {c.accept === false ? (
              <TextField
                id={`${name}-reason`}
                label={t('steps.reason')}
                rows={2}
                maxLength={1000}
                value={c.reason}
                onValue={(reason) => set(i, { reason })}
              />
            ) : null}
          </ChoiceGroup>
        )
      })}
    </>
  )
}
