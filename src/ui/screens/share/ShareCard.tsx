// One share in the list: recipient, what it holds, dates, when it was opened, and the holder's
// controls (show the code, extend, revoke with an honest confirmation; forget once ended).
import { useState } from 'preact/hooks'
import { MAX_SHARE_DAYS } from '../../../domain/index.ts'
import type { ShareRecord } from '../../../features/share/index.ts'
import {
  endedAt,
  extendShare,
  followingStore,
  forgetShare,
  restartLiveShare,
  revokeShare,
  saveShare,
  stopLiveShare,
} from '../../../features/share/index.ts'
import { formatDate, formatTime, plural, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { LinkButton } from '../../components/LinkButton.tsx'
import { useStore } from '../../store.ts'
import { ContentsList } from './ContentsList.tsx'

/** Days added by "extend". */
export const EXTEND_DAYS = 30
const DAY_MS = 86_400_000
/** Openings listed before "and n more". */
const SHOWN_OPENINGS = 5

/** What the list knows about the openings of an active share. */
export type OpeningsState =
  | { state: 'checking' }
  | { state: 'unknown' }
  | { state: 'known'; at: readonly string[] }

/** A message the list shows above the cards. */
export type Notice = { text: string; error: boolean }

function Openings({ openings }: { openings: OpeningsState }) {
  if (openings.state === 'checking') return <span class="muted">{t('share.card.checking')}</span>
  if (openings.state === 'unknown') return <span class="muted">{t('share.card.openedUnknown')}</span>
  if (openings.at.length === 0) return <span>{t('share.card.neverOpened')}</span>
  const shown = openings.at.slice(-SHOWN_OPENINGS).reverse()
  return (
    <ul class="share-openings">
      {shown.map((at, i) => (
        <li key={`${at}-${i}`}>
          {t('share.card.openedAt', { date: formatDate(at), time: formatTime(new Date(at)) })}
        </li>
      ))}
      {openings.at.length > shown.length ? (
        <li class="muted">{plural('share.preview.more', openings.at.length - shown.length)}</li>
      ) : null}
    </ul>
  )
}

const openingsOf = (record: ShareRecord): OpeningsState =>
  record.openedAt ? { state: 'known', at: record.openedAt } : { state: 'unknown' }

/** One share of the list. */
export function ShareCard({
  record,
  openings,
  onNotice,
}: {
  record: ShareRecord
  openings?: OpeningsState | undefined
  onNotice: (notice: Notice) => void
}) {
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState<'revoke' | 'extend' | undefined>()
  const following = useStore(followingStore)
  const ended = endedAt(record)
  const titleId = `share-${record.id}-title`
  const net = { relayOrigin: location.origin, appOrigin: location.origin }
  const { recipient } = record

  const revoke = async () => {
    setBusy('revoke')
    try {
      const r = await revokeShare(record, net)
      if (!r.ok) return onNotice({ text: t('share.revoke.failed'), error: true })
      stopLiveShare(record.id)
      await saveShare(r.value.record)
      onNotice({ text: t('share.revoke.done', { recipient }), error: false })
    } catch (e) {
      console.error(e)
      onNotice({ text: t('share.revoke.failed'), error: true })
    } finally {
      setBusy(undefined)
      setConfirming(false)
    }
  }

  const extend = async () => {
    const remaining = (Date.parse(record.expiresAt) - Date.now()) / DAY_MS
    const days = Math.min(MAX_SHARE_DAYS, Math.max(0, remaining) + EXTEND_DAYS)
    if (Date.now() + days * DAY_MS <= Date.parse(record.expiresAt) + 60_000)
      return onNotice({ text: t('share.extend.tooFar'), error: true })
    setBusy('extend')
    // A live share stops following while the new expiry is written (its next write would carry
    // the old one), and starts again with the record that holds.
    const live = record.mode === 'live'
    if (live) stopLiveShare(record.id)
    let current = record
    try {
      const r = await extendShare(record, days, net)
      if (!r.ok) {
        const far = r.code === 'expiry-not-later' || r.code === 'expiry-too-far'
        return onNotice({ text: t(far ? 'share.extend.tooFar' : 'share.extend.failed'), error: true })
      }
      current = r.value.record
      await saveShare(current)
      onNotice({
        text: t('share.extend.done', {
          date: formatDate(current.expiresAt),
          old: formatDate(record.expiresAt),
          recipient,
        }),
        error: false,
      })
    } catch (e) {
      console.error(e)
      onNotice({ text: t('share.extend.failed'), error: true })
    } finally {
      if (live) void restartLiveShare(current)
      setBusy(undefined)
    }
  }

  return (
    <li class="card share-card" data-share={record.id}>
      <h3 id={titleId}>
        <Icon name="share" /> {recipient}
      </h3>
      <p class="row">
        <span class={`badge ${ended ? '' : 'badge-done'}`}>
          {t(ended ? 'share.card.statusEnded' : 'share.card.statusActive')}
        </span>
        <span class="badge">{t(`share.mode.${record.mode}`)}</span>
      </p>
      <h4>{t('share.card.contains')}</h4>
      <ContentsList selection={record.selection} />
      <ul class="plain share-facts">
        {record.selection.name ? <li>{t('share.card.name', { name: record.selection.name })}</li> : null}
        <li>{t('share.card.created', { date: formatDate(record.createdAt) })}</li>
        <li>
          {record.revokedAt
            ? t('share.card.revoked', { date: formatDate(record.revokedAt) })
            : ended
              ? t('share.card.expired', { date: formatDate(record.expiresAt) })
              : t('share.card.expires', { date: formatDate(record.expiresAt) })}
        </li>
        {!ended && record.mode === 'live' ? (
          <li>{t(following.has(record.id) ? 'share.card.following' : 'share.card.notFollowing')}</li>
        ) : null}
      </ul>
      <h4>{t('share.card.opened')}</h4>
      <Openings openings={ended ? openingsOf(record) : (openings ?? openingsOf(record))} />
      {ended ? (
        <p class="row">
          <button type="button" class="btn btn-small" onClick={() => void forgetShare(record.id)}>
            {t('share.card.forget')}
          </button>
        </p>
      ) : confirming ? (
        <section class="subcard share-confirm" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>
            <strong>{t('share.revoke.confirmTitle', { recipient })}</strong>
          </p>
          <p>{t('share.revoke.confirmText', { recipient })}</p>
          <p class="row">
            <button type="button" class="btn btn-danger" disabled={busy !== undefined} onClick={revoke}>
              {t('share.revoke.yes')}
            </button>
            <button
              type="button"
              class="btn"
              disabled={busy !== undefined}
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
          </p>
          {busy === 'revoke' ? <p role="status">{t('share.revoke.working')}</p> : null}
        </section>
      ) : (
        <p class="row">
          <LinkButton small primary href={`/partager/${record.id}`}>
            {t('share.card.show')}
          </LinkButton>
          <button type="button" class="btn btn-small" disabled={busy !== undefined} onClick={extend}>
            {t('share.card.extend', { days: EXTEND_DAYS })}
          </button>
          <button type="button" class="btn btn-small btn-danger" onClick={() => setConfirming(true)}>
            {t('share.card.revoke')}
          </button>
          {busy === 'extend' ? <span role="status">{t('share.extend.working')}</span> : null}
        </p>
      )}
    </li>
  )
}
