// One competence of a request: what the holder wrote (family, own level, reference, the experiences
// it comes from) and the trainer's entries: outcome, what remains (if partly), level, method, day,
// what was observed, comment — drawn with the item forms' field components (src/ui/crud/fields.tsx).
import * as Y from 'yjs'
import type { Competence, Experience } from '../../../domain/index.ts'
import { COMPETENCE_LEVELS, VALIDATION_METHODS, VALIDATION_STATUSES } from '../../../domain/index.ts'
import type { AssessmentDraft, DraftField } from '../../../features/trainer/signing/index.ts'
import { formatDate, labelled, type MessageKey, t } from '../../../i18n/index.ts'
import type { IconName } from '../../components/Icon.tsx'
import type { FieldDef, FieldErrors, Values } from '../../crud/field-types.ts'
import { Field, Fields } from '../../crud/fields.tsx'
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

const errorKey = (f: DraftField, code: 'required' | 'too-long' | 'invalid'): MessageKey =>
  f === 'level' || f === 'method' ? choiceErrorKey(code) : TRAINER_FIELD_ERRORS.key(code)

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

// The field components need a document for link and ESCO fields; the trainer's have none.
const NO_DOC = new Y.Doc()

const STATUS_ICONS: Record<(typeof VALIDATION_STATUSES)[number], IconName> = {
  validated: 'status-done',
  partial: 'status-doing',
  'not-yet': 'status-todo',
}

/** The trainer's fields, as the item forms describe theirs (src/ui/crud/field-types.ts). */
const STATUS: FieldDef = {
  kind: 'radio',
  name: 'status',
  label: 'trainer.outcome',
  options: VALIDATION_STATUSES.map((s) => ({
    value: s,
    label: `trainer.status.${s}` as MessageKey,
    icon: STATUS_ICONS[s],
  })),
}
const REMAINS: FieldDef = { kind: 'textarea', name: 'remains', label: 'trainer.remains', required: true }
const ROW: readonly FieldDef[] = [
  {
    kind: 'select',
    name: 'level',
    label: 'trainer.level',
    none: 'trainer.chooseLevel',
    options: COMPETENCE_LEVELS.map((l) => ({ value: l, label: `trainer.level.${l}` as MessageKey })),
  },
  {
    kind: 'select',
    name: 'method',
    label: 'trainer.method',
    none: 'trainer.chooseMethod',
    options: VALIDATION_METHODS.map((m) => ({ value: m, label: `trainer.method.${m}` as MessageKey })),
  },
  { kind: 'date', name: 'date', label: 'trainer.date', required: true },
]
const NOTES: readonly FieldDef[] = [
  { kind: 'textarea', name: 'evidence', label: 'trainer.evidence' },
  { kind: 'textarea', name: 'comment', label: 'trainer.comment' },
]

/** The trainer's entries for one competence. */
export function CompetenceFields({
  index,
  draft,
  errors,
  onChange,
}: Omit<CompetenceAssessmentProps, 'competence' | 'experiences'>) {
  // A cleared select gives undefined back: the draft says '' for "not chosen".
  const set = (patch: Values) => {
    const next: Values = { ...draft }
    for (const [k, v] of Object.entries(patch)) next[k] = v ?? ''
    onChange(next as AssessmentDraft)
  }
  const fieldErrors: FieldErrors = {}
  for (const [f, code] of Object.entries(errors ?? {}) as [DraftField, 'required' | 'too-long' | 'invalid'][])
    fieldErrors[f] = errorKey(f, code)
  const common = { values: draft as Values, set, errors: fieldErrors, doc: NO_DOC, idPrefix: `a${index}` }
  return (
    <>
      <Field {...common} def={STATUS} />
      {draft.status !== '' ? (
        <>
          {draft.status === 'partial' ? (
            <Field {...common} def={REMAINS} error={fieldErrors.remains} />
          ) : null}
          <div class="assessment-row">
            <Fields {...common} defs={ROW} />
          </div>
          <Fields {...common} defs={NOTES} />
        </>
      ) : null}
    </>
  )
}
