// The operator's proposal form: who proposes, an objective, and steps with a date and what each side
// commits to ("La personne s'engage à…", "<organisation> s'engage à…"). Empty steps are left out.
import { useRef, useState } from 'preact/hooks'
import type { PlanProposalInput } from '../../../domain/index.ts'
import { t } from '../../../i18n/index.ts'
import { FieldError } from '../../crud/fields.tsx'
import { useDraft } from '../../hooks/use-draft.ts'
import {
  build,
  check,
  type Draft,
  type Errors,
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
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const ref = useRef<HTMLFormElement>(null)
  const set = (patch: Partial<Draft>) => setD({ ...d, ...patch })
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    set({ steps: d.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) })
  const field = (id: string) => ({
    id,
    'aria-invalid': errors[id] ? true : undefined,
    'aria-describedby': errors[id] ? `${id}-error` : undefined,
  })
  const submit = async (e: Event) => {
    e.preventDefault()
    const found = check(d)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setTimeout(() => ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0)
      return
    }
    setBusy(true)
    const kept = await onSend(build(d))
    setBusy(false)
    if (kept) setD(blank(d.name, d.organisation))
  }
  const who = d.organisation.trim() || d.name.trim()
  return (
    <form ref={ref} class="card form" aria-labelledby="propose-form-title" onSubmit={submit} noValidate>
      <h2 id="propose-form-title">{t('propose.formTitle')}</h2>
      {Object.keys(errors).length > 0 ? (
        <p class="form-error" role="alert">
          {t('propose.fixErrors')}
        </p>
      ) : null}
      <fieldset class="field">
        <legend>{t('propose.me')}</legend>
        <div class="field">
          <label for="propose-name">{t('propose.myName')}</label>
          <input
            {...field('propose-name')}
            type="text"
            autocomplete="name"
            maxLength={120}
            value={d.name}
            onInput={(e) => set({ name: e.currentTarget.value })}
          />
          <FieldError id="propose-name-error" error={errors['propose-name']} />
        </div>
        <div class="field">
          <label for="propose-org">{t('propose.myOrganisation')}</label>
          <input
            id="propose-org"
            type="text"
            autocomplete="organization"
            maxLength={200}
            value={d.organisation}
            onInput={(e) => set({ organisation: e.currentTarget.value })}
          />
        </div>
      </fieldset>
      <div class="field">
        <label for="propose-objective">{t('propose.objectiveTitle')}</label>
        <p id="propose-objective-hint" class="hint">
          {t('propose.objectiveHint')}
        </p>
        <input
          {...field('propose-objective')}
          aria-describedby={`propose-objective-hint${errors['propose-objective'] ? ' propose-objective-error' : ''}`}
          type="text"
          maxLength={200}
          value={d.objective}
          onInput={(e) => set({ objective: e.currentTarget.value })}
        />
        <FieldError id="propose-objective-error" error={errors['propose-objective']} />
      </div>
      <div class="field">
        <label for="propose-description">{t('propose.objectiveDescription')}</label>
        <textarea
          id="propose-description"
          rows={2}
          maxLength={4000}
          value={d.description}
          onInput={(e) => set({ description: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="propose-target">{t('propose.targetDate')}</label>
        <input
          id="propose-target"
          type="date"
          value={d.targetDate}
          onInput={(e) => set({ targetDate: e.currentTarget.value })}
        />
      </div>
      {d.steps.map((s, i) => {
        const id = `propose-step-${i}`
        const n = i + 1
        return (
          <fieldset key={s.key} class="field subcard propose-step">
            <legend>{t('propose.step', { n })}</legend>
            <div class="field">
              <label for={`${id}-title`}>{t('propose.stepTitle')}</label>
              <input
                {...field(`${id}-title`)}
                type="text"
                maxLength={200}
                value={s.title}
                onInput={(e) => setStep(i, { title: e.currentTarget.value })}
              />
              <FieldError id={`${id}-title-error`} error={errors[`${id}-title`]} />
            </div>
            <div class="field">
              <label for={`${id}-due`}>{t('propose.dueDate')}</label>
              <input
                id={`${id}-due`}
                type="date"
                value={s.dueDate}
                onInput={(e) => setStep(i, { dueDate: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`${id}-holder`}>{t('propose.holderCommit')}</label>
              <input
                id={`${id}-holder`}
                type="text"
                maxLength={1000}
                value={s.holder}
                onInput={(e) => setStep(i, { holder: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`${id}-mine`}>{who ? t('propose.myCommit', { who }) : t('propose.iCommit')}</label>
              <input
                id={`${id}-mine`}
                type="text"
                maxLength={1000}
                value={s.mine}
                onInput={(e) => setStep(i, { mine: e.currentTarget.value })}
              />
            </div>
            {s.others.map((o, j) => {
              const oid = `${id}-other-${j}`
              const setOther = (patch: Partial<OtherDraft>) =>
                setStep(i, { others: s.others.map((x, k) => (k === j ? { ...x, ...patch } : x)) })
              return (
                <div key={o.key} class="subcard">
                  <div class="field">
                    <label for={`${oid}-who`}>{t('propose.otherWho')}</label>
                    <input
                      {...field(`${oid}-who`)}
                      type="text"
                      maxLength={200}
                      value={o.who}
                      onInput={(e) => setOther({ who: e.currentTarget.value })}
                    />
                    <FieldError id={`${oid}-who-error`} error={errors[`${oid}-who`]} />
                  </div>
                  <div class="field">
                    <label for={`${oid}-text`}>
                      {t('propose.otherCommit', { who: o.who.trim() || t('propose.otherSomeone') })}
                    </label>
                    <input
                      id={`${oid}-text`}
                      type="text"
                      maxLength={1000}
                      value={o.text}
                      onInput={(e) => setOther({ text: e.currentTarget.value })}
                    />
                  </div>
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
