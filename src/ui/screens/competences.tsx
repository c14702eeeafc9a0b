// Competences in three families, in the person's own words, with a four-step level.
// For a savoir-être, a list of common ones can be picked instead of typing.
import { getItem } from '../../booklet/index.ts'
import type { Experience } from '../../domain/index.ts'
import { COMPETENCE_FAMILIES } from '../../domain/index.ts'
import { t } from '../../i18n/index.ts'
import {
  CompetenceValidations,
  CompetenceValidationsInline,
} from '../components/validation/HolderValidations.tsx'
import { FAMILY_ONE_OPTIONS, LEVEL_OPTIONS } from '../crud/domain-options.ts'
import type { Values } from '../crud/field-types.ts'
import { SectionScreen } from '../crud/SectionScreen.tsx'
import type { SectionConfig } from '../crud/section-config.ts'
import { byCreatedDesc } from '../hooks/use-section.ts'
import { useSession } from '../session.ts'

// A picked suggestion stays only while the label is its label and the family is savoir-être.
const normalize = (next: Values, prev: Values): Values => {
  const key = next.suggestionKey
  if (typeof key !== 'string') return next
  const keepLabel = next.label === prev.label || next.label === t(`se.${key}` as 'se.patience')
  if (next.family === 'savoir-etre' && keepLabel) return next
  const { suggestionKey: _, ...rest } = next
  return rest
}

const config: SectionConfig<'competences'> = {
  section: 'competences',
  route: 'competences',
  icon: 'competences',
  text: {
    title: 'comp.title',
    intro: 'comp.intro',
    add: 'comp.add',
    newTitle: 'comp.newTitle',
    editTitle: 'comp.editTitle',
    empty: 'comp.empty',
  },
  fields: [
    {
      kind: 'radio',
      name: 'family',
      label: 'comp.family',
      options: FAMILY_ONE_OPTIONS,
    },
    {
      kind: 'savoir-etre',
      name: 'suggestionKey',
      label: 'comp.pick',
      showIf: (v) => v.family === 'savoir-etre',
    },
    { kind: 'text', name: 'label', label: 'comp.label', required: true },
    {
      kind: 'radio',
      name: 'level',
      label: 'level.label',
      options: LEVEL_OPTIONS,
    },
    {
      kind: 'links',
      name: 'experienceIds',
      label: 'comp.experiences',
      section: 'experiences',
      titleOf: ((e: Experience) => e.title) as (i: never) => string,
    },
    { kind: 'textarea', name: 'notes', label: 'comp.notes' },
    // The person picks an ESCO skill or keeps their words; raw framework codes are not theirs to type
    // (a code given by a professional stays stored and shown in the summary).
    { kind: 'esco', name: 'esco', label: 'esco.pick', esco: 'skill', from: 'label' },
  ],
  blank: () => ({ family: 'savoir-faire', label: '', level: 2, experienceIds: [] }),
  summary: (c) => ({
    title: c.label,
    lines: [
      // "Mon niveau": her own view, never to be read as the level a trainer validated (shown below).
      `${t(`family.${c.family}`)} · ${t('proof.myLevel', { n: c.level, label: t(`level.${c.level}`) })}`,
      c.esco ? `ESCO · ${c.esco.label}` : '',
      c.alignment
        ? `${t(`framework.${c.alignment.framework}`)} ${c.alignment.code} · ${c.alignment.label}`
        : '',
    ],
  }),
  extra: (c) => <ListValidations competenceId={c.id} label={c.label} />,
  sort: byCreatedDesc,
  page: { field: 'createdAt', direction: 'desc' },
  normalize,
  filter: {
    label: 'comp.filter',
    options: COMPETENCE_FAMILIES.map((f) => ({ value: f, label: `family.${f}` as const })),
    test: (c, v) => c.family === v,
    field: 'family',
  },
}

/** A competence's validations in the list (the open booklet's). */
function ListValidations({ competenceId, label }: { competenceId: string; label: string }) {
  const { doc } = useSession()
  return <CompetenceValidationsInline doc={doc} competenceId={competenceId} competenceLabel={label} />
}

/** The competences screen; a competence's own page also lists its validations (issue 5, 11). */
export default function CompetencesScreen({ id }: { id?: string }) {
  const { doc, readOnly } = useSession()
  const competence = id && id !== 'nouveau' ? getItem(doc, 'competences', id) : undefined
  return (
    <>
      <SectionScreen config={config} id={id} />
      {competence ? (
        <CompetenceValidations
          doc={doc}
          competenceId={competence.id}
          competenceLabel={competence.label}
          ownLevel={competence.level}
          readOnly={readOnly}
        />
      ) : null}
    </>
  )
}
