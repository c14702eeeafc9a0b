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
import { FormErrorSummary, SaveCancel, useFormErrors } from '../../crud/form-parts.tsx'
import { ChoiceGroup } from '../../crud/InputField.tsx'
import { TextField } from '../../crud/TextField.tsx'

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

// The typed fields, in order (the first three required); each is labelled `apps.<name>`, and the two
// days are day pickers.
const TEXTS = ['employer', 'job', 'date', 'nextStep', 'nextStepDate'] as const
const DAYS: ReadonlySet<string> = new Set(['date', 'nextStepDate'])

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
  const { errors, show, ref } = useFormErrors()
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
    if (!r?.ok) return show({ '': 'apps.invalid' })
    showToast(t('apps.saved'), undefined, 4000)
    done()
  }
  const invalid = Object.keys(errors).length > 0
  const text = (name: (typeof TEXTS)[number], required: boolean) => (
    <TextField
      key={name}
      id={`app-${name}`}
      label={t(`apps.${name}`)}
      type={DAYS.has(name) ? 'date' : 'text'}
      required={required}
      invalid={invalid && required && !draft[name]}
      value={draft[name]}
      onValue={(value) => setDraft({ ...draft, [name]: value })}
    />
  )
  const radios = <K extends 'channel' | 'answer'>(
    name: K,
    values: readonly Draft[K][],
    legend: MessageKey,
  ) => (
    <ChoiceGroup
      legend={t(legend)}
      name={`app-${name}`}
      options={values.map((v) => ({ value: v, label: t(`apps.${name}.${v}` as MessageKey) }))}
      value={draft[name]}
      onPick={(v) => setDraft({ ...draft, [name]: v })}
    />
  )
  return (
    <form ref={ref} class="card" onSubmit={save} aria-labelledby="app-form-title">
      <h2 id="app-form-title">
        <Icon name="applications" /> {application ? t('apps.edit', { job: application.job }) : t('apps.add')}
      </h2>
      <FormErrorSummary errors={errors} />
      {TEXTS.slice(0, 3).map((f) => text(f, true))}
      {radios('channel', APPLICATION_CHANNELS, 'apps.channel')}
      {radios('answer', APPLICATION_ANSWERS, 'apps.answer')}
      {TEXTS.slice(3).map((f) => text(f, false))}
      <SaveCancel save="common.save" onCancel={done} />
    </form>
  )
}
