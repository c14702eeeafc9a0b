// Asking for a validation: pick competences, name the trainer (and organisation), create the request.
// Errors are written beside the fields and focus goes to the first one.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { t } from '../../../i18n/index.ts'
import { LinkButton } from '../../components/LinkButton.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { CheckGroup } from '../../crud/choices.tsx'
import { FormCard } from '../../crud/FormCard.tsx'
import { TextField } from '../../crud/TextField.tsx'
import { useDraft } from '../../hooks/use-draft.ts'
import { byCreatedDesc, useSection } from '../../hooks/use-section.ts'

type AskDraft = { picked: string[]; trainer: string; organisation: string }
const emptyAsk = (): AskDraft => ({ picked: [], trainer: '', organisation: '' })
const isAskDraft = (x: unknown): x is AskDraft => {
  const d = x as Partial<AskDraft> | null
  return (
    typeof d === 'object' &&
    d !== null &&
    Array.isArray(d.picked) &&
    d.picked.every((p) => typeof p === 'string') &&
    typeof d.trainer === 'string' &&
    typeof d.organisation === 'string'
  )
}

/** What the form hands over when it is valid. */
export type AskInput = { competenceIds: string[]; trainer: string; organisation: string }

/** The form; `onAsk` creates the request and returns false when it failed. */
export function AskForm({ doc, onAsk }: { doc: Y.Doc; onAsk: (input: AskInput) => Promise<boolean> }) {
  const { items } = useSection(doc, 'competences', byCreatedDesc)
  // Kept as a draft (issue 12, point 5): leaving for the handover and coming back, or a reload,
  // gives the form back as it was; emptied once the request is made.
  const [draft, setDraft] = useDraft<AskDraft>('validation-ask', emptyAsk, isAskDraft)
  const { picked, trainer, organisation } = draft
  const setPicked = (next: string[]) => setDraft((d) => ({ ...d, picked: next }))
  const setTrainer = (trainer: string) => setDraft((d) => ({ ...d, trainer }))
  const setOrganisation = (organisation: string) => setDraft((d) => ({ ...d, organisation }))
  const [errors, setErrors] = useState<{ pick?: boolean; name?: boolean; create?: boolean }>({})
  const [busy, setBusy] = useState(false)
  const submit = async (e: Event) => {
    e.preventDefault()
    const ids = items.filter((c) => picked.includes(c.id)).map((c) => c.id)
    const next = { pick: ids.length === 0, name: trainer.trim() === '' }
    setErrors(next)
    if (next.pick || next.name) {
      document.getElementById(next.pick ? 'ask-first-competence' : 'ask-trainer')?.focus()
      return
    }
    setBusy(true)
    const done = await onAsk({
      competenceIds: ids,
      trainer: trainer.trim(),
      organisation: organisation.trim(),
    })
    setBusy(false)
    if (!done) setErrors({ create: true })
    // An emptied draft: the next request starts blank.
    else setDraft(emptyAsk())
  }
  if (items.length === 0)
    return (
      <CardSection id="ask-title" icon="validated" title={t('validations.askTitle')}>
        <p>{t('validations.noCompetence')}</p>
        <LinkButton href="/competences/nouveau">+ {t('validations.addCompetence')}</LinkButton>
      </CardSection>
    )
  return (
    <FormCard id="ask-title" icon="validated" title={t('validations.askTitle')} onSubmit={submit}>
      <p class="hint">{t('validations.askIntro')}</p>
      <CheckGroup
        legend={t('validations.pick')}
        layout="list"
        error={errors.pick ? 'validations.errorPick' : undefined}
        errorId="ask-pick-error"
        firstId="ask-first-competence"
        items={items.map((c) => ({ value: c.id, label: c.label }))}
        picked={picked}
        onPick={setPicked}
      />
      <TextField
        id="ask-trainer"
        label={t('validations.trainerName')}
        autocomplete="off"
        maxLength={120}
        error={errors.name ? 'validations.errorName' : undefined}
        value={trainer}
        onValue={setTrainer}
      />
      <TextField
        id="ask-organisation"
        label={
          <>
            {t('validations.organisation')} <span class="muted">{t('common.optional')}</span>
          </>
        }
        autocomplete="organization"
        maxLength={120}
        value={organisation}
        onValue={setOrganisation}
      />
      <button type="submit" class="btn btn-primary btn-wide" disabled={busy}>
        {busy ? t('validations.creating') : t('validations.create')}
      </button>
      {errors.create ? (
        <p class="form-error" role="alert">
          {t('validations.errorCreate')}
        </p>
      ) : null}
    </FormCard>
  )
}
