// Asking for a validation: pick competences, name the trainer (and organisation), create the request.
// Errors are written beside the fields and focus goes to the first one.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import type { Competence } from '../../../domain/index.ts'
import { t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
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
  const picked: ReadonlySet<string> = new Set(draft.picked)
  const { trainer, organisation } = draft
  const setPicked = (next: ReadonlySet<string>) => setDraft((d) => ({ ...d, picked: [...next] }))
  const setTrainer = (trainer: string) => setDraft((d) => ({ ...d, trainer }))
  const setOrganisation = (organisation: string) => setDraft((d) => ({ ...d, organisation }))
  const [errors, setErrors] = useState<{ pick?: boolean; name?: boolean; create?: boolean }>({})
  const [busy, setBusy] = useState(false)
  const toggle = (id: string) => {
    const next = new Set(picked)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setPicked(next)
  }
  const submit = async (e: Event) => {
    e.preventDefault()
    const ids = items.filter((c) => picked.has(c.id)).map((c) => c.id)
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
      <section class="card" aria-labelledby="ask-title">
        <SectionTitle icon="validated" id="ask-title">
          {t('validations.askTitle')}
        </SectionTitle>
        <p>{t('validations.noCompetence')}</p>
        <a class="btn" href="/competences/nouveau">
          + {t('validations.addCompetence')}
        </a>
      </section>
    )
  return (
    <form class="card" aria-labelledby="ask-title" onSubmit={submit} noValidate>
      <SectionTitle icon="validated" id="ask-title">
        {t('validations.askTitle')}
      </SectionTitle>
      <p class="hint">{t('validations.askIntro')}</p>
      <fieldset class="field" aria-describedby={errors.pick ? 'ask-pick-error' : undefined}>
        <legend>{t('validations.pick')}</legend>
        {errors.pick ? (
          <p class="field-error" id="ask-pick-error">
            {t('validations.errorPick')}
          </p>
        ) : null}
        <ul class="checklist">
          {items.map((c: Competence, i) => (
            <li key={c.id}>
              <label class="choice">
                <input
                  id={i === 0 ? 'ask-first-competence' : undefined}
                  type="checkbox"
                  checked={picked.has(c.id)}
                  onChange={() => toggle(c.id)}
                />
                <span>{c.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="field">
        <label for="ask-trainer">{t('validations.trainerName')}</label>
        {errors.name ? (
          <p class="field-error" id="ask-trainer-error">
            {t('validations.errorName')}
          </p>
        ) : null}
        <input
          id="ask-trainer"
          type="text"
          autocomplete="off"
          maxLength={120}
          aria-invalid={errors.name ? 'true' : undefined}
          aria-describedby={errors.name ? 'ask-trainer-error' : undefined}
          value={trainer}
          onInput={(e) => setTrainer(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="ask-organisation">
          {t('validations.organisation')} <span class="muted">{t('common.optional')}</span>
        </label>
        <input
          id="ask-organisation"
          type="text"
          autocomplete="organization"
          maxLength={120}
          value={organisation}
          onInput={(e) => setOrganisation(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="btn btn-primary btn-wide" disabled={busy}>
        {busy ? t('validations.creating') : t('validations.create')}
      </button>
      {errors.create ? (
        <p class="form-error" role="alert">
          {t('validations.errorCreate')}
        </p>
      ) : null}
    </form>
  )
}
