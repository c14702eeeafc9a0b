// Print view: the person picks the sections; A4 print CSS; "Imprimer" also serves as "save as PDF".
// Situation and journal are private and unchecked by default.
import { useState } from 'preact/hooks'
import { formatDate, type MessageKey, t } from '../../../i18n/index.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { useDocVersion } from '../../hooks/use-doc-version.ts'
import { useSession } from '../../session.ts'
import { PRINTABLE, type Printable, PrintSection } from './PrintSections.tsx'
import './print.css'

const PRINTABLE_PARTS = [
  'experiences',
  'competences',
  'validations',
  'projects',
  'objectives',
  'steps',
  'path',
  'contacts',
  'situation',
  'journal',
  'profile',
] as const

const TITLES: Record<Printable, MessageKey> = {
  experiences: 'exp.title',
  competences: 'comp.title',
  projects: 'proj.title',
  plan: 'plan.title',
  path: 'path.title',
  contacts: 'contact.title',
  situation: 'sit.title',
  journal: 'journal.title',
}

/** The print screen. */
export default function PrintScreen() {
  const { doc } = useSession()
  // Re-rendered after any change, also one from a paired device (the sections read in render).
  useDocVersion(doc, PRINTABLE_PARTS)
  const [picked, setPicked] = useState<ReadonlySet<Printable>>(
    () => new Set(PRINTABLE.filter((s) => s !== 'situation' && s !== 'journal')),
  )
  const toggle = (s: Printable) => {
    const next = new Set(picked)
    if (next.has(s)) next.delete(s)
    else next.add(s)
    setPicked(next)
  }
  return (
    <div>
      <div class="no-print">
        <PageHeader icon="print" title={t('print.title')} intro={t('print.intro')} />
        <fieldset class="field card">
          <legend>{t('print.sections')}</legend>
          <p class="hint">{t('print.privateNote')}</p>
          <ul class="checklist">
            {PRINTABLE.map((s) => (
              <li key={s}>
                <label class="choice">
                  <input type="checkbox" checked={picked.has(s)} onChange={() => toggle(s)} />
                  <span>{t(TITLES[s])}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="button" class="btn btn-primary btn-wide" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <h2>{t('print.preview')}</h2>
      </div>
      <article class="print-area paper" aria-label={t('print.preview')}>
        <p class="print-title">
          <strong>{t('app.tagline')}</strong> —{' '}
          {t('print.printedOn', { date: formatDate(new Date().toISOString()) })}
        </p>
        {PRINTABLE.filter((s) => picked.has(s)).map((s) => (
          <section key={s} class="print-section" aria-labelledby={`print-${s}`}>
            <h3 id={`print-${s}`}>{t(TITLES[s])}</h3>
            <PrintSection doc={doc} section={s} />
          </section>
        ))}
      </article>
    </div>
  )
}
