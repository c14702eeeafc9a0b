// The list of shares (/partager): active ones with their controls, then ended ones (revoked or
// expired, kept ENDED_KEEP_DAYS to show when they were opened, then cleaned up). When each active
// share was opened is read from the relay's content-free access log and kept in its record.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { ShareRecord } from '../../../features/share/index.ts'
import {
  cleanUpShares,
  ENDED_KEEP_DAYS,
  endedAt,
  loadShares,
  rememberOpenings,
  shareOpenings,
  sharesChanged,
} from '../../../features/share/index.ts'
import { plural, t } from '../../../i18n/index.ts'
import { LinkButton } from '../../components/LinkButton.tsx'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { useStore } from '../../store.ts'
import { OpeningsLog, openingLines } from './OpeningsLog.tsx'
import { type Notice, type OpeningsState, ShareCard } from './ShareCard.tsx'

type Loaded = { records: ShareRecord[]; damaged: number }

/** Reads the openings of the active shares from the relay, one update per share. */
function useOpenings(records: readonly ShareRecord[] | undefined): Record<string, OpeningsState> {
  const [openings, setOpenings] = useState<Record<string, OpeningsState>>({})
  const key = (records ?? []).map((r) => `${r.id}:${r.readTokenId}:${r.revokedAt ?? ''}`).join(',')
  useEffect(() => {
    let live = true
    const active = (records ?? []).filter((r) => endedAt(r) === undefined)
    if (active.length === 0) return
    setOpenings((o) => ({
      ...o,
      ...Object.fromEntries(active.map((r) => [r.id, o[r.id] ?? { state: 'checking' }])),
    }))
    void Promise.all(
      active.map(async (r) => {
        const seen = await shareOpenings(r, { relayOrigin: location.origin }).catch(() => undefined)
        if (!live) return
        const next: OpeningsState = seen?.ok
          ? { state: 'known', at: seen.value.map((o) => o.at) }
          : r.openedAt
            ? { state: 'known', at: r.openedAt }
            : { state: 'unknown' }
        setOpenings((o) => ({ ...o, [r.id]: next }))
        if (seen?.ok) await rememberOpenings(r, next.state === 'known' ? next.at : [])
      }),
    )
    return () => {
      live = false
    }
  }, [key])
  return openings
}

/** The share list screen. */
export function ShareList() {
  const version = useStore(sharesChanged)
  const [loaded, setLoaded] = useState<Loaded>()
  const [notice, setNotice] = useState<Notice>()
  const noticeRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    let live = true
    void loadShares().then(async ({ records, damaged }) => {
      const kept = await cleanUpShares(records)
      if (live) setLoaded({ records: kept, damaged })
    })
    return () => {
      live = false
    }
  }, [version])
  const openings = useOpenings(loaded?.records)
  const showNotice = (n: Notice) => {
    setNotice(n)
    requestAnimationFrame(() => noticeRef.current?.focus())
  }
  const active = loaded?.records.filter((r) => endedAt(r) === undefined) ?? []
  const ended = loaded?.records.filter((r) => endedAt(r) !== undefined) ?? []
  return (
    <div>
      <PageHeader icon="share" title={t('share.list.title')} intro={t('share.list.intro')} />
      <p>
        <LinkButton href="/partager/nouveau" primary icon="share">
          {t('share.list.new')}
        </LinkButton>
      </p>
      <p
        ref={noticeRef}
        tabIndex={-1}
        role={notice?.error ? 'alert' : 'status'}
        class={notice ? (notice.error ? 'form-error' : 'ok share-notice') : undefined}
      >
        {notice?.text ?? ''}
      </p>
      {!loaded ? <p class="muted">{t('share.list.loading')}</p> : null}
      {loaded && loaded.damaged > 0 ? (
        <p class="form-error">{plural('share.list.damaged', loaded.damaged)}</p>
      ) : null}
      {loaded && loaded.records.length === 0 ? <p>{t('share.list.none')}</p> : null}
      {active.length > 0 ? (
        <CardSection bare id="share-active-title" icon="share" title={t('share.list.active')}>
          <ul class="cards">
            {active.map((r) => (
              <ShareCard
                key={`${r.id}-${r.readTokenId}`}
                record={r}
                openings={openings[r.id]}
                onNotice={showNotice}
              />
            ))}
          </ul>
        </CardSection>
      ) : null}
      {loaded && loaded.records.length > 0 ? (
        <OpeningsLog lines={openingLines(loaded.records, openings)} />
      ) : null}
      {ended.length > 0 ? (
        <CardSection bare id="share-ended-title" icon="share" title={t('share.list.ended')}>
          <p class="hint">{t('share.list.endedHelp', { days: ENDED_KEEP_DAYS })}</p>
          <ul class="cards">
            {ended.map((r) => (
              <ShareCard key={`${r.id}-ended`} record={r} onNotice={showNotice} />
            ))}
          </ul>
        </CardSection>
      ) : null}
    </div>
  )
}
