// "Commencez ici" (issue 12, point 6): the first steps of a holder, one screen each, with a big
// pictogram and one sentence: one experience → one competence it taught → see the booklet. The
// choices carry pictograms (experience kinds, the three families, the four levels). What is typed
// is a kept draft (use-draft.ts): Back, a step change or a reload keep it.
import type { ComponentChildren } from 'preact'
import type * as Y from 'yjs'
import {
  COMPETENCE_FAMILIES,
  COMPETENCE_LEVELS,
  type CompetenceFamily,
  type CompetenceLevel,
  EXPERIENCE_KINDS,
  type ExperienceKind,
} from '../../../domain/enums.ts'
import { newId, nowIso } from '../../../domain/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import {
  type DomainOption,
  EXPERIENCE_KIND_OPTIONS,
  FAMILY_OPTIONS,
  LEVEL_OPTIONS,
} from '../../crud/domain-options.ts'
import type { FieldDef } from '../../crud/field-types.ts'
import { Field } from '../../crud/fields.tsx'
import { saveItem } from '../../crud/save.ts'
import { clearDraft, useDraft } from '../../hooks/use-draft.ts'
import { navigate } from '../../router.ts'
import { useSession } from '../../session.ts'
import './start.css'

/** Where the first steps are. */
export const START_DRAFT = 'first-steps'

type Draft = {
  step: 0 | 1 | 2 | 3
  kind: ExperienceKind
  title: string
  experienceId: string
  family: CompetenceFamily
  label: string
  level: CompetenceLevel
  error: boolean
}

const fresh = (): Draft => ({
  step: 0,
  kind: 'emploi',
  title: '',
  experienceId: '',
  family: 'savoir-faire',
  label: '',
  level: 2,
  error: false,
})

const isDraft = (x: unknown): x is Draft => {
  const d = x as Partial<Draft> | null
  return (
    typeof d === 'object' &&
    d !== null &&
    [0, 1, 2, 3].includes(d.step as number) &&
    (EXPERIENCE_KINDS as readonly unknown[]).includes(d.kind) &&
    (COMPETENCE_FAMILIES as readonly unknown[]).includes(d.family) &&
    (COMPETENCE_LEVELS as readonly unknown[]).includes(d.level) &&
    typeof d.title === 'string' &&
    typeof d.label === 'string' &&
    typeof d.experienceId === 'string'
  )
}

/** A group of big choices, each with its pictogram; the legend is the section form's. */
function Choices<T extends string | number>({
  legend,
  name,
  options,
  value,
  onPick,
}: {
  legend: MessageKey
  name: string
  options: readonly DomainOption<T>[]
  value: T
  onPick: (v: T) => void
}) {
  return (
    <fieldset class="field start-choices">
      <legend>{t(legend)}</legend>
      <div class="start-grid">
        {options.map((o) => (
          <label key={o.value} class="choice start-choice">
            <input type="radio" name={name} checked={value === o.value} onChange={() => onPick(o.value)} />
            <Icon name={o.icon} />
            <span>{t(o.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function Big({ icon, text }: { icon: IconName; text: string }) {
  return (
    <div class="start-big">
      <span class="start-picto">
        <Icon name={icon} />
      </span>
      <p class="start-sentence">{text}</p>
    </div>
  )
}

const saveExperience = (doc: Y.Doc, d: Draft): string | undefined => {
  const id = d.experienceId || newId()
  const at = nowIso()
  const r = saveItem(doc, 'experiences', {
    id,
    kind: d.kind,
    title: d.title.trim(),
    competenceIds: [],
    createdAt: at,
    updatedAt: at,
  })
  return r.ok ? id : undefined
}

const saveCompetence = (doc: Y.Doc, d: Draft): boolean => {
  const at = nowIso()
  return saveItem(doc, 'competences', {
    id: newId(),
    family: d.family,
    label: d.label.trim(),
    level: d.level,
    experienceIds: d.experienceId ? [d.experienceId] : [],
    createdAt: at,
    updatedAt: at,
  }).ok
}

/** A step's Back button and its Next (submit) button. */
const BackNext = ({ onBack }: { onBack: () => void }) => (
  <div class="row">
    <button type="button" class="btn" onClick={onBack}>
      {t('start.back')}
    </button>
    <button type="submit" class="btn btn-primary">
      {t('start.next')}
    </button>
  </div>
)

/** The form of a step: where the person is, its big pictogram and sentence, its fields, Back and Next. */
function StepForm(props: {
  stepNo: string
  icon: IconName
  text: string
  onBack: () => void
  onNext: () => void
  children: ComponentChildren
}) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        props.onNext()
      }}
    >
      <p class="muted">{props.stepNo}</p>
      <Big icon={props.icon} text={props.text} />
      {props.children}
      <BackNext onBack={props.onBack} />
    </form>
  )
}

/** The big choices of the steps: the section form's legend and choices (words, pictograms). */
const CHOICES: {
  [K in 'kind' | 'family' | 'level']: { legend: MessageKey; options: readonly DomainOption<Draft[K]>[] }
} = {
  kind: { legend: 'exp.kind', options: EXPERIENCE_KIND_OPTIONS },
  family: { legend: 'comp.family', options: FAMILY_OPTIONS },
  level: { legend: 'level.label', options: LEVEL_OPTIONS },
}

const TITLE: FieldDef = { kind: 'text', name: 'title', label: 'exp.name', required: true }
const LABEL: FieldDef = { kind: 'text', name: 'label', label: 'comp.label', required: true }

/** The "Commencez ici" path. */
export default function StartScreen() {
  const { doc } = useSession()
  const [d, setD] = useDraft<Draft>(START_DRAFT, fresh, isDraft)
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }))
  const go = (step: Draft['step'], patch: Partial<Draft> = {}) => {
    set({ ...patch, step, error: false })
    requestAnimationFrame(() => document.getElementById('main')?.focus())
    scrollTo(0, 0)
  }
  // The one text field of a step, its error told beside it when the step was sent empty.
  const field = (def: FieldDef, error: MessageKey) => (
    <Field
      def={def}
      values={d}
      set={(patch) => set(patch as Partial<Draft>)}
      error={d.error ? error : undefined}
      doc={doc}
      idPrefix="start"
    />
  )
  // A step's big choices, its value kept in the draft.
  const choice = <K extends keyof typeof CHOICES>(key: K) => (
    <Choices
      {...CHOICES[key]}
      name={`start-${key}`}
      value={d[key]}
      onPick={(value) => set({ [key]: value } as Partial<Draft>)}
    />
  )
  const stepNo = t('start.stepOf', { n: d.step === 0 ? 1 : d.step, total: 3 })
  return (
    <div class="start">
      <PageHeader icon="start" title={t('start.title')} />
      {d.step === 0 ? (
        <>
          <Big icon="start" text={t('start.intro')} />
          <button type="button" class="btn btn-primary btn-wide" onClick={() => go(1)}>
            <Icon name="experiences" /> {t('start.begin')}
          </button>
        </>
      ) : null}
      {d.step === 1 ? (
        <StepForm
          stepNo={stepNo}
          icon="experiences"
          text={t('start.experience')}
          onBack={() => go(0)}
          onNext={() => {
            const id = d.title.trim() ? saveExperience(doc, d) : undefined
            if (id) go(2, { experienceId: id })
            else set({ error: true })
          }}
        >
          {choice('kind')}
          {field(TITLE, 'start.needTitle')}
        </StepForm>
      ) : null}
      {d.step === 2 ? (
        <StepForm
          stepNo={stepNo}
          icon="competences"
          text={t('start.competence', { title: d.title.trim() })}
          onBack={() => go(1)}
          onNext={() => {
            if (d.label.trim() && saveCompetence(doc, d)) go(3)
            else set({ error: true })
          }}
        >
          {choice('family')}
          {field(LABEL, 'start.needLabel')}
          {choice('level')}
        </StepForm>
      ) : null}
      {d.step === 3 ? (
        <>
          <p class="muted">{stepNo}</p>
          <Big icon="booklet" text={t('start.done')} />
          <button
            type="button"
            class="btn btn-primary btn-wide"
            onClick={() => {
              clearDraft(START_DRAFT)
              navigate('/')
            }}
          >
            <Icon name="booklet" /> {t('start.see')}
          </button>
        </>
      ) : null}
    </div>
  )
}
