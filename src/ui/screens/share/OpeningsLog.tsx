// "Who opened what, when" (issue 12, point 9): every opening of every share, one line each (day,
// time, which share), newest first. Read from the relay's access log (one `open` event per socket
// that joined the share's room with its read link), as the share cards are.
import type { ShareRecord } from '../../../features/share/index.ts'
import { formatDate, formatTime, plural, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import type { OpeningsState } from './ShareCard.tsx'

/** Lines shown before "and n others". */
const SHOWN = 50

/** One opening of one share. */
export type OpeningLine = { at: string; shareId: string; recipient: string }

/** Every known opening of `records`, newest first (live reads for active shares, else the record's). */
export function openingLines(
  records: readonly ShareRecord[],
  live: Readonly<Record<string, OpeningsState | undefined>>,
): OpeningLine[] {
  const lines: OpeningLine[] = []
  for (const r of records) {
    const state = live[r.id]
    const at = state?.state === 'known' ? state.at : (r.openedAt ?? [])
    for (const a of at) lines.push({ at: a, shareId: r.id, recipient: r.selection.recipient })
  }
  return lines.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
}

/** The list of openings, one by one. */
export function OpeningsLog({ lines }: { lines: readonly OpeningLine[] }) {
  const shown = lines.slice(0, SHOWN)
  return (
    <section aria-labelledby="share-openings-title" class="card">
      <SectionTitle icon="received" id="share-openings-title">
        {t('share.openings.title')}
      </SectionTitle>
      {lines.length === 0 ? (
        <p>{t('share.openings.none')}</p>
      ) : (
        <ul class="share-openings-log">
          {shown.map((l) => (
            <li key={`${l.shareId}-${l.at}`} data-share={l.shareId}>
              {t('share.openings.line', {
                date: formatDate(l.at),
                time: formatTime(new Date(l.at)),
                recipient: l.recipient,
              })}
            </li>
          ))}
          {lines.length > shown.length ? (
            <li class="muted">{plural('share.preview.more', lines.length - shown.length)}</li>
          ) : null}
        </ul>
      )}
    </section>
  )
}
