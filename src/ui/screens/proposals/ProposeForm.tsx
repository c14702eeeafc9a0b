// The operator's proposal form: who proposes, an objective, and steps with a date and what each side
// commits to ("La personne s'engage à…", "<organisation> s'engage à…"). Empty steps are left out.
import { useState } from 'preact/hooks'
import type { PlanProposalInput } from '../../../domain/index.ts'
import { t } from '../../../i18n/index.ts'
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
  const who = d.organisation.trim() || d.name.trim()
  return (
    <form ref={ref} class="card form" aria-labelledby="propose-form-title" onSubmit={submit} noValidate>
      <h2 id="propose-form-title">{t('propose.formTitle')}</h2>
      <FormErrorSummary errors={errors} />
      <fieldset class="field">
        <legend>{t('propose.me')}</legend>
        <TextField
          id="propose-name"
          label={t('propose.myName')}
          error={errors['propose-name']}
          autocomplete="name"
          maxLength={120}
          value={d.name}
          onValue={(name) => set({ name })}
        />
        <TextField
          id="propose-org"
          label={t('propose.myOrganisation')}
          autocomplete="organization"
          maxLength={200}
          value={d.organisation}
          onValue={(organisation) => set({ organisation })}
        />
      </fieldset>
      <TextField
        id="propose-objective"
        label={t('propose.objectiveTitle')}
        hint={t('propose.objectiveHint')}
        error={errors['propose-objective']}
        maxLength={200}
        value={d.objective}
        onValue={(objective) => set({ objective })}
      />
      <TextField
        id="propose-description"
        label={t('propose.objectiveDescription')}
        rows={2}
        maxLength={4000}
        value={d.description}
        onValue={(description) => set({ description })}
      />
      <TextField
        id="propose-target"
        label={t('propose.targetDate')}
        type="date"
        value={d.targetDate}
        onValue={(targetDate) => set({ targetDate })}
      />
      {d.steps.map((s, i) => {
        const id = `propose-step-${i}`
        const n = i + 1
        return (
          <fieldset key={s.key} class="field subcard propose-step">
            <legend>{t('propose.step', { n })}</legend>
            <TextField
              id={`${id}-title`}
              label={t('propose.stepTitle')}
              error={errors[`${id}-title`]}
              maxLength={200}
              value={s.title}
              onValue={(title) => setStep(i, { title })}
            />
            <TextField
              id={`${id}-due`}
              label={t('propose.dueDate')}
              type="date"
              value={s.dueDate}
              onValue={(dueDate) => setStep(i, { dueDate })}
            />
            <TextField
              id={`${id}-holder`}
              label={t('propose.holderCommit')}
              maxLength={1000}
              value={s.holder}
              onValue={(holder) => setStep(i, { holder })}
            />
            <TextField
              id={`${id}-mine`}
              label={who ? t('propose.myCommit', { who }) : t('propose.iCommit')}
              maxLength={1000}
              value={s.mine}
              onValue={(mine) => setStep(i, { mine })}
            />
            {s.others.map((o, j) => {
              const oid = `${id}-other-${j}`
              const setOther = (patch: Partial<OtherDraft>) =>
                setStep(i, { others: s.others.map((x, k) => (k === j ? { ...x, ...patch } : x)) })
              return (
                <div key={o.key} class="subcard">
                  <TextField
                    id={`${oid}-who`}
                    label={t('propose.otherWho')}
                    error={errors[`${oid}-who`]}
                    maxLength={200}
                    value={o.who}
                    onValue={(who) => setOther({ who })}
                  />
                  <TextField
                    id={`${oid}-text`}
                    label={t('propose.otherCommit', { who: o.who.trim() || t('propose.otherSomeone') })}
                    maxLength={1000}
                    value={o.text}
                    onValue={(text) => setOther({ text })}
                  />
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
