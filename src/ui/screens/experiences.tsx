// Experiences: every kind counts (job, training, stage, job trial, volunteering, daily life).
import type { Competence, Experience } from '../../domain/index.ts'
import { t } from '../../i18n/index.ts'
import { EXPERIENCE_KIND_OPTIONS } from '../crud/domain-options.ts'
import { SectionScreen } from '../crud/SectionScreen.tsx'
import type { SectionConfig } from '../crud/section-config.ts'
import { period } from '../format.ts'

const byStartDesc = (a: Experience, b: Experience): number =>
  (b.startDate ?? b.createdAt).localeCompare(a.startDate ?? a.createdAt) ||
  b.createdAt.localeCompare(a.createdAt)

const config: SectionConfig<'experiences'> = {
  section: 'experiences',
  route: 'experiences',
  icon: 'experiences',
  text: {
    title: 'exp.title',
    intro: 'exp.intro',
    add: 'exp.add',
    newTitle: 'exp.newTitle',
    editTitle: 'exp.editTitle',
    empty: 'exp.empty',
  },
  fields: [
    {
      // Radio buttons rather than a list box: each kind shows its pictogram (issue 12, point 6).
      kind: 'radio',
      name: 'kind',
      label: 'exp.kind',
      options: EXPERIENCE_KIND_OPTIONS,
    },
    { kind: 'text', name: 'title', label: 'exp.name', required: true },
    { kind: 'text', name: 'organisation', label: 'exp.organisation' },
    { kind: 'text', name: 'place', label: 'exp.place' },
    { kind: 'date', name: 'startDate', label: 'exp.startDate' },
    { kind: 'date', name: 'endDate', label: 'exp.endDate' },
    { kind: 'textarea', name: 'description', label: 'exp.description' },
    {
      kind: 'links',
      name: 'competenceIds',
      label: 'exp.competences',
      section: 'competences',
      titleOf: ((c: Competence) => c.label) as (i: never) => string,
    },
  ],
  blank: () => ({ kind: 'benevolat', title: '', competenceIds: [] }),
  summary: (e) => ({
    title: e.title,
    lines: [
      [t(`kind.${e.kind}`), e.organisation, e.place].filter(Boolean).join(' · '),
      period(e.startDate, e.endDate),
    ],
  }),
  sort: byStartDesc,
  page: { field: 'startDate', fallback: 'createdAt', tieBreak: 'createdAt', direction: 'desc' },
}

/** The experiences screen. */
export default function ExperiencesScreen({ id }: { id?: string }) {
  return <SectionScreen config={config} id={id} />
}
