// The holder's validation requests: trainer, competences, day asked, where it stands, what the inbox
// held that was left out (unreadable, not verifiable, not for this booklet), and the actions.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { getItem } from '../../../booklet/index.ts'
import type { RequestLive } from '../../../features/validations/index.ts'
import { type RequestRecord, requestStatus } from '../../../features/validations/index.ts'
import { formatDate, plural, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { trainerLabel } from './handover.tsx'

const label = (doc: Y.Doc, id: string): string =>
  getItem(doc, 'competences', id)?.label ?? t('validations.deletedCompetence')

function Request({
  doc,
  record,
  live,
  onShow,
  onClose,
}: {
  doc: Y.Doc
  record: RequestRecord
  live: RequestLive | undefined
  onShow: () => void
  onClose: () => void
}) {
  const [confirming, setConfirming] = useState(false)
  const status = requestStatus(record)
  const who = trainerLabel(record)
  const s = live?.summary
  const open = status !== 'closed' && status !== 'expired'
  return (
    <li class="card request" data-status={status}>
      <h3>{who}</h3>
      <p>
        {t('validations.competencesLine', {
          list: record.competenceIds.map((id) => label(doc, id)).join(', '),
        })}
      </p>
      <p>{t('validations.createdLine', { date: formatDate(record.createdAt) })}</p>
      <p>
        {t('validations.statusLine', {
          status:
            status === 'received'
              ? plural('validations.status.received', record.received)
              : t(`validations.status.${status}`),
        })}
      </p>
      {s && s.unreadable > 0 ? <p class="warning">{plural('validations.unreadable', s.unreadable)}</p> : null}
      {s?.notVerifiable.map((id, i) => (
        <p key={i} class="warning">
          {id
            ? t('validations.notVerifiableFor', { competence: label(doc, id) })
            : t('validations.notVerifiableUnknown')}
        </p>
      ))}
      {s && s.ignored > 0 ? <p class="warning">{plural('validations.ignored', s.ignored)}</p> : null}
      {open && confirming ? (
        <fieldset class="subcard">
          <legend>{t('validations.closeConfirm')}</legend>
          <div class="row">
            <button type="button" class="btn btn-small btn-danger" onClick={onClose}>
              {t('validations.closeYes')}
            </button>
            <button type="button" class="btn btn-small" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </fieldset>
      ) : null}
      {open && !confirming ? (
        <div class="row">
          <button
            type="button"
            class="btn btn-small"
            aria-label={t('validations.showCodeLabel', { trainer: who })}
            onClick={onShow}
          >
            {t('validations.showCode')}
          </button>
          <button
            type="button"
            class="btn btn-small btn-danger"
            aria-label={t('validations.closeLabel', { trainer: who })}
            onClick={() => setConfirming(true)}
          >
            {t('validations.close')}
          </button>
        </div>
      ) : null}
    </li>
  )
}

/** The list of requests. */
export function RequestList({
  doc,
  requests,
  damaged,
  live,
  onShow,
  onClose,
}: {
  doc: Y.Doc
  requests: readonly RequestRecord[]
  damaged: number
  live: ReadonlyMap<string, RequestLive>
  onShow: (r: RequestRecord) => void
  onClose: (r: RequestRecord) => void
}) {
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title" tabIndex={-1}>
        <Icon name="trainer" /> {t('validations.requestsTitle')}
      </h2>
      {damaged > 0 ? <p class="warning">{plural('validations.damaged', damaged)}</p> : null}
      {requests.length === 0 ? <p class="muted">{t('validations.noRequest')}</p> : null}
      <ul class="cards">
        {requests.map((r) => (
          <Request
            key={r.id}
            doc={doc}
            record={r}
            live={live.get(r.id)}
            onShow={() => onShow(r)}
            onClose={() => onClose(r)}
          />
        ))}
      </ul>
    </section>
  )
}
