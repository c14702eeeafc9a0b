// The path: stages across organisations, with dates and a referent person.
import { PATH_STAGE_KINDS, TRAINING_LEVELS } from '../../domain/index.ts'
import { t } from '../../i18n/index.ts'
import { SectionScreen } from '../crud/SectionScreen.tsx'
import type { SectionConfig } from '../crud/section-config.ts'
import { period } from '../format.ts'
import { byStartAsc } from '../path-order.ts'

const config: SectionConfig<'path'> = {
  section: 'path',
  route: 'parcours',
  icon: 'path',
  text: {
    title: 'path.title',
    intro: 'path.intro',
    add: 'path.add',
    newTitle: 'path.newTitle',
    editTitle: 'path.editTitle',
    empty: 'path.empty',
  },
  fields: [
    {
      kind: 'select',
      name: 'kind',
      label: 'path.kind',
      options: PATH_STAGE_KINDS.map((k) => ({ value: k, label: `stage.${k}` as const })),
    },
    {
      kind: 'select',
      name: 'trainingLevel',
      label: 'path.trainingLevel',
      none: 'plan.noProject',
      options: TRAINING_LEVELS.map((l) => ({ value: l, label: `tlevel.${l}` as const })),
      showIf: (v) => v.kind === 'training',
    },
    { kind: 'text', name: 'organisation', label: 'path.organisation', required: true, hint: 'path.examples' },
    { kind: 'text', name: 'referent', label: 'path.referent' },
    { kind: 'date', name: 'startDate', label: 'path.startDate', required: true },
    { kind: 'date', name: 'endDate', label: 'path.endDate' },
    { kind: 'textarea', name: 'notes', label: 'path.notes' },
  ],
  blank: () => ({ kind: 'orientation', organisation: '', startDate: new Date().toISOString().slice(0, 10) }),
  summary: (s) => ({
    title: `${t(`stage.${s.kind}`)}${s.trainingLevel ? ` (${t(`tlevel.${s.trainingLevel}`)})` : ''} — ${s.organisation}`,
    lines: [period(s.startDate, s.endDate), s.referent ?? ''],
  }),
  sort: byStartAsc,
  normalize: (next) => {
    if (next.kind === 'training' || next.trainingLevel === undefined) return next
    const { trainingLevel: _, ...rest } = next
    return rest
  },
}

/** The path screen. */
export default function PathScreen({ id }: { id?: string }) {
  return <SectionScreen config={config} id={id} />
}
