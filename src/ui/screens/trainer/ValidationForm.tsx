// The validation form of one request: a block per competence; "Signer et envoyer" signs every
// competence that has an outcome chosen, on this device, and hands the results to the outbox.
// Competences already signed show their outcome and sending state, and can be assessed again.

import { useState } from 'preact/hooks'
import type { Assessment } from '../../../credential/index.ts'
import type {
  OpenedRequest,
  SignedResult,
  StoredRequest,
  TrainerIdentity,
} from '../../../features/trainer/index.ts'
import {
  type AssessmentDraft,
  checkDraft,
  type DraftField,
  emptyDraft,
  signResults,
} from '../../../features/trainer/signing/index.ts'
import { formatDate, type MessageKey, plural, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { ChoiceFieldset } from '../../crud/choices.tsx'
import { FormNote, type FormNoteValue, SubmitBusy } from '../../crud/FormNote.tsx'
import { useOutbox } from '../../hooks/features.ts'
import { CompetenceFields, CompetenceSource } from './CompetenceAssessment.tsx'

type Errors = Partial<Record<DraftField, 'required' | 'too-long' | 'invalid'>>

/** What was signed for a competence, and whether it reached the holder's inbox. */
function SignedLine({ signed, state }: { signed: SignedResult; state: MessageKey | undefined }) {
  return (
    <p class="ok" data-signed-state={state?.split('.').pop()}>
      {t('trainer.alreadySigned', {
        status: t(`trainer.status.${signed.status}` as MessageKey),
        date: formatDate(signed.signedAt),
      })}{' '}
      {state ? <strong>{t(state)}</strong> : null}
    </p>
  )
}

/** The form for one opened request. */
export function ValidationForm({
  identity,
  request,
  as = 'trainer',
}: {
  identity: TrainerIdentity
  request: OpenedRequest
  /** 'organisation': the organisation signs itself (identity is then the organisation's). */
  as?: 'trainer' | 'organisation'
}) {
  const [stored, setStored] = useState<StoredRequest>(request.stored)
  const [drafts, setDrafts] = useState<Record<string, AssessmentDraft>>({})
  const [errors, setErrors] = useState<Record<string, Errors>>({})
  const [again, setAgain] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState<FormNoteValue>()
  const [busy, setBusy] = useState(false)
  const outbox = useOutbox()

  const latest = new Map<string, SignedResult>()
  for (const s of stored.signed) latest.set(s.competenceId, s)
  const stateOf = (s: SignedResult): MessageKey | undefined => {
    if (!outbox.loaded) return undefined
    const entry = outbox.entries.find((e) => e.messageId === s.messageId)
    if (!entry) return 'trainer.state.sent'
    return entry.refused ? 'trainer.state.refused' : 'trainer.state.pending'
  }
  const open = request.competences.filter((c) => !latest.has(c.id) || again.has(c.id))

  const submit = async (e: Event) => {
    e.preventDefault()
    setMessage(undefined)
    const nextErrors: Record<string, Errors> = {}
    const results: { competenceId: string; assessment: Assessment }[] = []
    for (const c of open) {
      const r = checkDraft(drafts[c.id] ?? emptyDraft())
      if (r.ok) results.push({ competenceId: c.id, assessment: r.assessment })
      else if (!r.skip) nextErrors[c.id] = r.fields
    }
    setErrors(nextErrors)
    if (Object.keys(nextErrors).length > 0) {
      setMessage({ text: t('trainer.fixErrors'), error: true })
      const first = request.competences.findIndex((c) => nextErrors[c.id])
      document.querySelector<HTMLElement>(`#a${first}-block [aria-invalid="true"]`)?.focus()
      return
    }
    if (results.length === 0) return setMessage({ text: t('trainer.nothingChosen'), error: true })
    setBusy(true)
    try {
      const next = await signResults(
        identity,
        { ...request, stored },
        results,
        undefined,
        undefined,
        undefined,
        as,
      )
      setStored(next)
      setDrafts({})
      setAgain(new Set())
      const text = plural('trainer.signedCount', results.length)
      setMessage({ text, error: false })
      showToast(text)
    } catch (err) {
      // The PIN prompt closed: the key stayed locked (pin-session.ts), nothing was signed.
      const locked = err instanceof Error && err.message === 'key-locked'
      if (!locked) console.error(err)
      setMessage({ text: t(locked ? 'pin.locked' : 'trainer.signFailed'), error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form aria-labelledby="trainer-form-title" onSubmit={submit} noValidate>
      <SectionTitle icon="validated" id="trainer-form-title">
        {t('trainer.formTitle')}
      </SectionTitle>
      <p class="hint">{t('trainer.skipHint')}</p>
      {request.competences.map((c, index) => {
        const signed = latest.get(c.id)
        const editing = !signed || again.has(c.id)
        return (
          <ChoiceFieldset
            key={c.id}
            id={`a${index}-block`}
            class="field card assessment-card"
            data={{ 'data-competence': c.label }}
            legend={c.label}
            layout="bare"
          >
            <CompetenceSource competence={c} experiences={request.experiences} />
            {signed ? <SignedLine signed={signed} state={stateOf(signed)} /> : null}
            {signed && !editing ? (
              <button type="button" class="btn btn-small" onClick={() => setAgain(new Set([...again, c.id]))}>
                {t('trainer.assessAgain')}
              </button>
            ) : null}
            {editing ? (
              <CompetenceFields
                index={index}
                draft={drafts[c.id] ?? emptyDraft()}
                errors={errors[c.id]}
                onChange={(d) => setDrafts({ ...drafts, [c.id]: d })}
              />
            ) : null}
          </ChoiceFieldset>
        )
      })}
      {open.length > 0 ? (
        <SubmitBusy
          class="btn btn-primary btn-wide"
          busy={busy}
          label={t('trainer.sign')}
          busyText={t('trainer.signing')}
        />
      ) : null}
      <FormNote note={message} />
    </form>
  )
}
