// The operator's proposal form: who proposes, an objective, and steps with a date and what each side
// commits to ("La personne s'engage à…", "<organisation> s'engage à…"). Empty steps are left out.
import { useState } from 'preact/hooks'
import type { PlanProposalInput } from '../../../domain/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { FormErrorSummary, useFormErrors } from '../../crud/form-parts.tsx'
import { TextField } from '../../crud/TextField.tsx'
import { useDraft } from '../../hooks/use-draft.ts'
import {
  build,
  check,
  type Draft,
  emptyStep,
  isProposeDraft,
  type OtherDraft,
  rowKey,
  type StepDraft,
} from './propose-draft.ts'

type Props = {
  /** Whose proposal this is (the outbox id): the draft is kept per person. */
  draftKey?: string
  initialName: string
  initialOrganisation: string
  onSend: (p: PlanProposalInput) => Promise<boolean>
}

/** A text field of the form: the draft's property it edits, its id (after its row's prefix), its words. */
type Line<K extends string> = {
  key: K
  id: string
  label: MessageKey
  hint?: MessageKey
  type?: 'date'
  rows?: number
  maxLength?: number
  autocomplete?: string
}

const ME: readonly Line<'name' | 'organisation'>[] = [
  { key: 'name', id: 'propose-name', label: 'propose.myName', autocomplete: 'name', maxLength: 120 },
  {
    key: 'organisation',
    id: 'propose-org',
    label: 'propose.myOrganisation',
    autocomplete: 'organization',
    maxLength: 200,
  },
]
const OBJECTIVE: readonly Line<'objective' | 'description' | 'targetDate'>[] = [
  {
    key: 'objective',
    id: 'propose-objective',
    label: 'propose.objectiveTitle',
    hint: 'propose.objectiveHint',
    maxLength: 200,
  },
  {
    key: 'description',
    id: 'propose-description',
    label: 'propose.objectiveDescription',
    rows: 2,
    maxLength: 4000,
  },
  { key: 'targetDate', id: 'propose-target', label: 'propose.targetDate', type: 'date' },
]
const STEP: readonly Line<'title' | 'dueDate' | 'holder' | 'mine'>[] = [
  { key: 'title', id: 'title', label: 'propose.stepTitle', maxLength: 200 },
  { key: 'dueDate', id: 'due', label: 'propose.dueDate', type: 'date' },
  { key: 'holder', id: 'holder', label: 'propose.holderCommit', maxLength: 1000 },
  // Named after the proposer once known ("{who} s’engage à…").
  { key: 'mine', id: 'mine', label: 'propose.iCommit', maxLength: 1000 },
]
const OTHER: readonly Line<'who' | 'text'>[] = [
  { key: 'who', id: 'who', label: 'propose.otherWho', maxLength: 200 },
  // Named after the other professional ("{who} s’engage à…").
  { key: 'text', id: 'text', label: 'propose.otherCommit', maxLength: 1000 },
]

/** The form; `onSend` resolves true when the proposal was kept (then the form empties). */
export function ProposeForm({ draftKey = '', initialName, initialOrganisation, onSend }: Props) {
  const blank = (name: string, organisation: string): Draft => ({
    name,
    organisation,
    objective: '',
    description: '',
    targetDate: '',
    steps: [emptyStep()],
  })
  // Kept as a draft (issue 12, point 5): leaving the screen or reloading gives the text back.
  const [d, setD] = useDraft<Draft>(
    `propose:${draftKey}`,
    () => blank(initialName, initialOrganisation),
    isProposeDraft,
  )
  const { errors, setErrors, show, ref } = useFormErrors()
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<Draft>) => setD({ ...d, ...patch })
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    set({ steps: d.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) })
  const submit = async (e: Event) => {
    e.preventDefault()
    const found = check(d)
    if (Object.keys(found).length > 0) return show({ '': 'propose.fixErrors', ...found })
    setErrors({})
    setBusy(true)
    const kept = await onSend(build(d))
    setBusy(false)
    if (kept) setD(blank(d.name, d.organisation))
  }
  // The fields `defs` of one row (`prefix` before their ids), each with the error the check found.
  const lines = <K extends string>(
    defs: readonly Line<K>[],
    prefix: string,
    values: Record<K, string>,
    onValue: (patch: Partial<Record<K, string>>) => void,
    label: (def: Line<K>) => string = (def) => t(def.label),
  ) =>
    defs.map((def) => {
      const { key, hint, ...rest } = def
      const id = prefix + def.id
      return (
        <TextField
          {...rest}
          key={key}
          id={id}
          label={label(def)}
          hint={hint && t(hint)}
          error={errors[id]}
          value={values[key]}
          onValue={(value) => onValue({ [key]: value } as Partial<Record<K, string>>)}
        />
      )
    })
  const who = d.organisation.trim() || d.name.trim()
  return (
    <form ref={ref} class="card form" aria-labelledby="propose-form-title" onSubmit={submit} noValidate>
      <h2 id="propose-form-title">{t('propose.formTitle')}</h2>
      <FormErrorSummary errors={errors} />
      <fieldset class="field">
        <legend>{t('propose.me')}</legend>
        {lines(ME, '', d, set)}
      </fieldset>
      {lines(OBJECTIVE, '', d, set)}
      {d.steps.map((s, i) => {
        const id = `propose-step-${i}`
        const n = i + 1
        return (
          <fieldset key={s.key} class="field subcard propose-step">
            <legend>{t('propose.step', { n })}</legend>
            {lines(
              STEP,
              `${id}-`,
              s,
              (patch) => setStep(i, patch),
              (def) => (def.key === 'mine' && who ? t('propose.myCommit', { who }) : t(def.label)),
            )}
            {s.others.map((o, j) => {
              const setOther = (patch: Partial<OtherDraft>) =>
                setStep(i, { others: s.others.map((x, k) => (k === j ? { ...x, ...patch } : x)) })
              return (
                <div key={o.key} class="subcard">
                  {lines(OTHER, `${id}-other-${j}-`, o, setOther, (def) =>
                    def.key === 'text'
                      ? t('propose.otherCommit', { who: o.who.trim() || t('propose.otherSomeone') })
                      : t(def.label),
                  )}
                  <button
                    type="button"
                    class="btn btn-small"
                    onClick={() => setStep(i, { others: s.others.filter((_, k) => k !== j) })}
                  >
                    {t('propose.removeOther')}
                  </button>
                </div>
              )
            })}
            <button
              type="button"
              class="btn btn-small"
              onClick={() => setStep(i, { others: [...s.others, { key: rowKey(), who: '', text: '' }] })}
            >
              + {t('propose.addOther', { n })}
            </button>
            {d.steps.length > 1 ? (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => set({ steps: d.steps.filter((_, j) => j !== i) })}
              >
                {t('propose.removeStep', { n })}
              </button>
            ) : null}
          </fieldset>
        )
      })}
      <button type="button" class="btn" onClick={() => set({ steps: [...d.steps, emptyStep()] })}>
        + {t('propose.addStep')}
      </button>
      <button type="submit" class="btn btn-primary btn-wide" disabled={busy}>
        {t('propose.send')}
      </button>
    </form>
  )
}
