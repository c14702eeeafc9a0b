// The CV as an A4 sheet: the preview on the phone is the printed page. Its `lang` is the CV's own
// language (headings), so screen readers read it in that language.
import type { CvDocument, CvEntry, CvSection } from '../../../features/cv/index.ts'

function Entry({ entry }: { entry: CvEntry }) {
  const meta = [entry.organisation, entry.place, entry.period].filter(Boolean).join(' · ')
  return (
    <li class="cv-entry">
      <p class="cv-entry-title">
        <strong>{entry.title}</strong>
        {entry.level ? <span> — {entry.level}</span> : null}
      </p>
      {meta ? <p class="cv-meta">{meta}</p> : null}
      {entry.validated ? <p class="cv-validated">✓ {entry.validated}</p> : null}
      {entry.esco ? <p class="cv-meta">{entry.esco}</p> : null}
      {entry.description ? <p class="cv-text">{entry.description}</p> : null}
    </li>
  )
}

function Section({ section }: { section: CvSection }) {
  return (
    <section class="cv-section" aria-labelledby={`cv-${section.key}`}>
      <h3 id={`cv-${section.key}`}>{section.heading}</h3>
      <ul class="cv-list">
        {section.entries.map((e) => (
          <Entry key={e.id} entry={e} />
        ))}
      </ul>
    </section>
  )
}

/** The CV sheet. */
export function CvSheet({ cv, label }: { cv: CvDocument; label: string }) {
  const contact =
    cv.contact.lines.length > 0 ? (
      <section class="cv-section" aria-labelledby="cv-contact">
        <h3 id="cv-contact">{cv.contact.heading}</h3>
        <ul class="cv-list">
          {cv.contact.lines.map((l) => (
            <li key={l.field}>
              {l.label} : {l.value}
            </li>
          ))}
        </ul>
      </section>
    ) : null
  const languages = cv.languages ? (
    <section class="cv-section" aria-labelledby="cv-languages">
      <h3 id="cv-languages">{cv.languages.heading}</h3>
      <p>{cv.languages.items.join(', ')}</p>
    </section>
  ) : null
  const inSide = (column: 'main' | 'side') => column === 'side'
  const side = cv.layout === 'deux-colonnes'
  return (
    <article class={`cv-sheet paper cv-${cv.layout}`} lang={cv.lang} aria-label={label}>
      {cv.name ? <h2 class="cv-name">{cv.name}</h2> : null}
      {cv.summary ? <p class="cv-summary">{cv.summary.text}</p> : null}
      <div class="cv-columns">
        {side ? (
          <div class="cv-side">
            {contact}
            {languages}
            {cv.sections
              .filter((s) => inSide(s.column))
              .map((s) => (
                <Section key={s.key} section={s} />
              ))}
          </div>
        ) : null}
        <div class="cv-main">
          {side ? null : contact}
          {cv.sections
            .filter((s) => !inSide(s.column))
            .map((s) => (
              <Section key={s.key} section={s} />
            ))}
          {side ? null : languages}
        </div>
      </div>
    </article>
  )
}
