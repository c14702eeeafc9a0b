// Adding or changing one job application: where, which job, when, how, the answer, the next step.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import {
  APPLICATION_ANSWERS,
  APPLICATION_CHANNELS,
  type ApplicationAnswer,
  type ApplicationChannel,
  type JobApplication,
} from '../../../domain/index.ts'
import {
  addApplication,
  type NewApplication,
  updateApplication,
} from '../../../features/applications/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { showToast } from '../../components/Toast.tsx'

type Draft = {
  employer: string
  job: string
  date: string
  channel: ApplicationChannel
  answer: ApplicationAnswer
  nextStep: string
  nextStepDate: string
}

const today = (): string => new Date().toISOString().slice(0, 10)

const draftOf = (a?: JobApplication): Draft => ({
  employer: a?.employer ?? '',
  job: a?.job ?? '',
  date: a?.date ?? today(),
  channel: a?.channel ?? 'email',
  answer: a?.answer ?? 'waiting',
  nextStep: a?.nextStep ?? '',
  nextStepDate: a?.nextStepDate ?? '',
})

const TEXTS: readonly {
  name: 'employer' | 'job' | 'date' | 'nextStep' | 'nextStepDate'
  label: MessageKey
  type: string
}[] = [
  { name: 'employer', label: 'apps.employer', type: 'text' },
  { name: 'job', label: 'apps.job', type: 'text' },
  { name: 'date', label: 'apps.date', type: 'date' },
  { name: 'nextStep', label: 'apps.nextStep', type: 'text' },
  { name: 'nextStepDate', label: 'apps.nextStepDate', type: 'date' },
]

/** The form; `application` absent = a new one. */
export function ApplicationForm({
  doc,
  application,
  done,
}: {
  doc: Y.Doc
  application?: JobApplication
  done: () => void
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(application))
  const [invalid, setInvalid] = useState(false)
  const save = (e: Event) => {
    e.preventDefault()
    const input: Record<string, string> = {
      employer: draft.employer.trim(),
      job: draft.job.trim(),
      date: draft.date,
      channel: draft.channel,
      answer: draft.answer,
    }
    if (draft.nextStep.trim()) input.nextStep = draft.nextStep.trim()
    if (draft.nextStepDate) input.nextStepDate = draft.nextStepDate
    const complete = input.employer && input.job && input.date
    const r = !complete
      ? undefined
      : application
        ? updateApplication(doc, application.id, {
            // An emptied next step is cleared (writeFields deletes undefined fields).
            nextStep: undefined,
            nextStepDate: undefined,
            ...input,
          } as unknown as Partial<JobApplication>)
        : addApplication(doc, input as unknown as NewApplication)
    if (!r?.ok) {
      setInvalid(true)
      return
    }
    showToast(t('apps.saved'), undefined, 4000)
    done()
  }
  const radios = <K extends 'channel' | 'answer'>(
    name: K,
    values: readonly Draft[K][],
    legend: MessageKey,
  ) => (
    <fieldset class="field">
      <legend>{t(legend)}</legend>
      <div class="choices">
        {values.map((v) => (
          <label key={v} class="choice">
            <input
              type="radio"
              name={`app-${name}`}
              checked={draft[name] === v}
              onChange={() => setDraft({ ...draft, [name]: v })}
            />
            <span>{t(`apps.${name}.${v}` as MessageKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
  return (
    <form class="card" onSubmit={save} aria-labelledby="app-form-title">
      <h2 id="app-form-title">
        <Icon name="applications" /> {application ? t('apps.edit', { job: application.job }) : t('apps.add')}
      </h2>
      {TEXTS.slice(0, 3).map((f) => (
        <div class="field" key={f.name}>
          <label for={`app-${f.name}`}>{t(f.label)}</label>
          <input
            id={`app-${f.name}`}
            type={f.type}
            required
            value={draft[f.name]}
            aria-invalid={invalid && !draft[f.name] ? true : undefined}
            onInput={(e) => setDraft({ ...draft, [f.name]: e.currentTarget.value })}
          />
        </div>
      ))}
      {radios('channel', APPLICATION_CHANNELS, 'apps.channel')}
      {radios('answer', APPLICATION_ANSWERS, 'apps.answer')}
      {TEXTS.slice(3).map((f) => (
        <div class="field" key={f.name}>
          <label for={`app-${f.name}`}>{t(f.label)}</label>
          <input
            id={`app-${f.name}`}
            type={f.type}
            value={draft[f.name]}
            onInput={(e) => setDraft({ ...draft, [f.name]: e.currentTarget.value })}
          />
        </div>
      ))}
      {invalid ? (
        <p class="field-error" role="alert">
          <Icon name="error" /> {t('apps.invalid')}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="btn btn-primary">
          <Icon name="saved" /> {t('common.save')}
        </button>
        <button type="button" class="btn" onClick={done}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
