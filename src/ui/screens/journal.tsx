// The journal: what happened on a day, in the holder's words. Private by default.
import type { JournalEntry } from '../../domain/index.ts'
import { JOURNAL_MOODS } from '../../domain/index.ts'
import { formatDate, t } from '../../i18n/index.ts'
import { SectionScreen } from '../crud/SectionScreen.tsx'
import type { SectionConfig } from '../crud/section-config.ts'

const byDateDesc = (a: JournalEntry, b: JournalEntry): number =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

const config: SectionConfig<'journal'> = {
  section: 'journal',
  route: 'journal',
  icon: 'journal',
  text: {
    title: 'journal.title',
    intro: 'journal.intro',
    add: 'journal.add',
    newTitle: 'journal.newTitle',
    editTitle: 'journal.editTitle',
    empty: 'journal.empty',
  },
  fields: [
    { kind: 'date', name: 'date', label: 'journal.date', required: true },
    { kind: 'textarea', name: 'text', label: 'journal.text', required: true },
    {
      kind: 'select',
      name: 'mood',
      label: 'journal.mood',
      none: 'journal.noMood',
      options: JOURNAL_MOODS.map((m) => ({ value: m, label: `mood.${m}` as const })),
    },
  ],
  blank: () => ({ date: new Date().toISOString().slice(0, 10), text: '' }),
  summary: (e) => ({
    title: formatDate(e.date),
    lines: [e.mood ? t(`mood.${e.mood}`) : '', e.text.length > 280 ? `${e.text.slice(0, 280)}…` : e.text],
  }),
  sort: byDateDesc,
  page: { field: 'date', tieBreak: 'createdAt', direction: 'desc' },
}

/** The journal screen. */
export default function JournalScreen({ id }: { id?: string }) {
  return <SectionScreen config={config} id={id} />
}
