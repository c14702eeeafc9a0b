// Professional projects: a target job or activity; several may coexist.
import { PROJECT_STATUSES } from '../../domain/index.ts'
import { t } from '../../i18n/index.ts'
import { SectionScreen } from '../crud/SectionScreen.tsx'
import type { SectionConfig } from '../crud/section-config.ts'
import { byCreatedDesc } from '../hooks/use-section.ts'

const config: SectionConfig<'projects'> = {
  section: 'projects',
  route: 'projets',
  icon: 'projects',
  text: {
    title: 'proj.title',
    intro: 'proj.intro',
    add: 'proj.add',
    newTitle: 'proj.newTitle',
    editTitle: 'proj.editTitle',
    empty: 'proj.empty',
  },
  fields: [
    { kind: 'text', name: 'targetJob', label: 'proj.targetJob', required: true },
    { kind: 'esco', name: 'esco', label: 'esco.pick', esco: 'occupation', from: 'targetJob' },
    {
      kind: 'select',
      name: 'status',
      label: 'proj.status',
      options: PROJECT_STATUSES.map((s) => ({ value: s, label: `pstatus.${s}` as const })),
    },
    { kind: 'textarea', name: 'wishes', label: 'proj.wishes' },
    { kind: 'textarea', name: 'needs', label: 'proj.needs' },
  ],
  blank: () => ({ targetJob: '', status: 'idea' }),
  summary: (p) => ({
    title: p.targetJob,
    lines: [t(`pstatus.${p.status}`), p.esco ? `ESCO · ${p.esco.label}` : '', p.wishes ?? ''],
  }),
  sort: byCreatedDesc,
}

/** The projects screen. */
export default function ProjectsScreen({ id }: { id?: string }) {
  return <SectionScreen config={config} id={id} />
}
