// The operator's home: the booklets received on this device (name, for whom, shared when, until
// when, live or snapshot, ended or not), and the way to receive a new one.
import { useEffect, useState } from 'preact/hooks'
import {
  checkAllReceived,
  listReceived,
  onReceivedChanged,
  type ReceivedRecord,
} from '../../../features/receive/index.ts'
import { formatDate, formatTime, plural, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import './operator.css'
import { LinkButton } from '../../components/LinkButton.tsx'
import { receivedName } from './received-name.ts'

const nameOf = receivedName

function Item({ record }: { record: ReceivedRecord }) {
  const ended = record.status !== 'active'
  return (
    <li class="card op-item">
      <h3>
        <a
          href={`/recus/${record.id}`}
          aria-label={record.displayName ? t('operator.list.open', { name: record.displayName }) : undefined}
        >
          <Icon name="profile" /> {nameOf(record)}
        </a>
      </h3>
      <p>{t('operator.for', { recipient: record.recipient })}</p>
      <p>
        {t('operator.receivedOn', {
          date: formatDate(record.receivedAt),
          time: formatTime(new Date(record.receivedAt)),
        })}
      </p>
      <p>
        {t('operator.sharedOn', { date: formatDate(record.sharedAt) })} ·{' '}
        {t('operator.validUntil', { date: formatDate(record.expiresAt) })}
      </p>
      <p>
        {ended ? (
          <span class="badge op-badge-ended">
            {t(record.status === 'revoked' ? 'operator.status.revoked' : 'operator.status.expired')}
          </span>
        ) : (
          <>
            <span class={record.mode === 'live' ? 'badge badge-done' : 'badge'}>
              {t(record.mode === 'live' ? 'operator.mode.live' : 'operator.mode.snapshot')}
            </span>{' '}
            <span class="muted">{plural('operator.list.items', record.itemCount)}</span>
          </>
        )}
      </p>
    </li>
  )
}

/** The list of received booklets. */
export function ReceivedList() {
  const [records, setRecords] = useState<ReceivedRecord[] | undefined>()
  useEffect(() => {
    let live = true
    const load = () => void listReceived().then((r) => live && setRecords(r))
    load()
    const off = onReceivedChanged(load)
    // Revoked or expired shares are noticed (and their copies erased) when the list is shown.
    void checkAllReceived()
    return () => {
      live = false
      off()
    }
  }, [])
  return (
    <div>
      <PageHeader icon="received" title={t('nav.received')} intro={t('operator.list.intro')} />
      <p class="op-receive">
        <LinkButton href="/recevoir" primary wide icon="scan">
          {t('operator.list.receive')}
        </LinkButton>
      </p>
      <p class="hint">{t('operator.list.receiveHint')}</p>
      <h2>{t('operator.list.heading')}</h2>
      {records === undefined ? (
        <p class="muted">{t('app.loading')}</p>
      ) : records.length === 0 ? (
        <p>{t('operator.list.empty')}</p>
      ) : (
        <ul class="cards op-items">
          {records.map((r) => (
            <Item key={r.id} record={r} />
          ))}
        </ul>
      )}
    </div>
  )
}
