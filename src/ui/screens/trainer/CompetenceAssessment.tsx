// One competence of a request: what the holder wrote (family, own level, reference, the experiences
// it comes from) and the trainer's entries: outcome, what remains (if partly), level, method, day,
// what was observed, comment.
import type { Competence, Experience } from '../../../domain/index.ts'
import { COMPETENCE_LEVELS, VALIDATION_METHODS, VALIDATION_STATUSES } from '../../../domain/index.ts'
import type { AssessmentDraft, DraftField } from '../../../features/trainer/signing/index.ts'
import { formatDate, labelled, type MessageKey, t } from '../../../i18n/index.ts'
import { choiceErrorKey, TRAINER_FIELD_ERRORS } from './field-errors.ts'

type Errors = Partial<Record<DraftField, 'required' | 'too-long' | 'invalid'>>

/** Props of one competence's block. */
export type CompetenceAssessmentProps = {
  index: number
  competence: Competence
  experiences: readonly Experience[]
  draft: AssessmentDraft
  errors: Errors | undefined
  onChange: (next: AssessmentDraft) => void
}

const errorText = (f: DraftField, code: 'required' | 'too-long' | 'invalid') =>
  t(f === 'level' || f === 'method' ? choiceErrorKey(code) : TRAINER_FIELD_ERRORS.key(code))

/** What the holder wrote about the competence. */
export function CompetenceSource({
  competence,
  experiences,
}: {
  competence: Competence
  experiences: readonly Experience[]
}) {
  const from = experiences.filter((e) => competence.experienceIds.includes(e.id))
  return (
    <div>
      <p class="muted">
        {t(`family.${competence.family}` as MessageKey)} ·{' '}
        {t('trainer.selfLevel', { label: t(`level.${competence.level}` as MessageKey) })}
      </p>
      {competence.esco ? <p class="esco-label">{labelled('ESCO', competence.esco.label)}</p> : null}
      {competence.alignment ? (
        <p class="muted">
          {t('trainer.alignment', {
            framework: competence.alignment.framework.toUpperCase(),
            label: competence.alignment.label,
            code: competence.alignment.code,
          })}
        </p>
      ) : null}
      {from.length > 0 ? (
        <>
          <p class="assessment-from">{t('trainer.fromExperiences')}</p>
          <ul class="assessment-source">
            {from.map((e) => (
              <li key={e.id}>
                {e.title} ({t(`kind.${e.kind}` as MessageKey)}
                {e.organisation ? `, ${e.organisation}` : ''}
                {e.startDate ? `, ${formatDate(e.startDate)}` : ''}
                {e.endDate ? ` – ${formatDate(e.endDate)}` : ''})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}

/** The trainer's entries for one competence. */
export function CompetenceFields({
  index,
  draft,
  errors,
  onChange,
}: Omit<CompetenceAssessmentProps, 'competence' | 'experiences'>) {
  const id = (f: string) => `a${index}-${f}`
  const set = (p: Partial<AssessmentDraft>) => onChange({ ...draft, ...p })
  const err = (f: DraftField) =>
    errors?.[f] ? (
      <p class="field-error" id={id(`${f}-error`)}>
        {errorText(f, errors[f])}
      </p>
    ) : null
  const aria = (f: DraftField) =>
    errors?.[f] ? { 'aria-invalid': 'true' as const, 'aria-describedby': id(`${f}-error`) } : {}
  return (
    <>
      <fieldset class="field">
        <legend>{t('trainer.outcome')}</legend>
        <div class="choices">
          {VALIDATION_STATUSES.map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name={id('status')}
                value={s}
                checked={draft.status === s}
                onChange={() => set({ status: s })}
              />
              <span>{t(`trainer.status.${s}` as MessageKey)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {draft.status !== '' ? (
        <>
          {draft.status === 'partial' ? (
            <div class="field">
              <label for={id('remains')}>{t('trainer.remains')}</label>
              <textarea
                id={id('remains')}
                rows={2}
                value={draft.remains}
                {...aria('remains')}
                onInput={(e) => set({ remains: e.currentTarget.value })}
              />
              {err('remains')}
            </div>
          ) : null}
          <div class="assessment-row">
            <div class="field">
              <label for={id('level')}>{t('trainer.level')}</label>
              <select
                id={id('level')}
                value={String(draft.level)}
                {...aria('level')}
                onChange={(e) => {
                  const n = Number(e.currentTarget.value)
                  set({ level: COMPETENCE_LEVELS.find((l) => l === n) ?? '' })
                }}
              >
                <option value="">{t('trainer.chooseLevel')}</option>
                {COMPETENCE_LEVELS.map((l) => (
                  <option key={l} value={String(l)}>
                    {t(`trainer.level.${l}` as MessageKey)}
                  </option>
                ))}
              </select>
              {err('level')}
            </div>
            <div class="field">
              <label for={id('method')}>{t('trainer.method')}</label>
              <select
                id={id('method')}
                value={draft.method}
                {...aria('method')}
                onChange={(e) => {
                  const m = e.currentTarget.value
                  set({ method: VALIDATION_METHODS.find((x) => x === m) ?? '' })
                }}
              >
                <option value="">{t('trainer.chooseMethod')}</option>
                {VALIDATION_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`trainer.method.${m}` as MessageKey)}
                  </option>
                ))}
              </select>
              {err('method')}
            </div>
            <div class="field">
              <label for={id('date')}>{t('trainer.date')}</label>
              <input
                id={id('date')}
                type="date"
                value={draft.date}
                {...aria('date')}
                onInput={(e) => set({ date: e.currentTarget.value })}
              />
              {err('date')}
            </div>
          </div>
          <div class="field">
            <label for={id('evidence')}>
              {t('trainer.evidence')} <span class="muted">{t('common.optional')}</span>
            </label>
            <textarea
              id={id('evidence')}
              rows={2}
              value={draft.evidence}
              {...aria('evidence')}
              onInput={(e) => set({ evidence: e.currentTarget.value })}
            />
            {err('evidence')}
          </div>
          <div class="field">
            <label for={id('comment')}>
              {t('trainer.comment')} <span class="muted">{t('common.optional')}</span>
            </label>
            <textarea
              id={id('comment')}
              rows={2}
              value={draft.comment}
              {...aria('comment')}
              onInput={(e) => set({ comment: e.currentTarget.value })}
            />
            {err('comment')}
          </div>
        </>
      ) : null}
    </>
  )
}
