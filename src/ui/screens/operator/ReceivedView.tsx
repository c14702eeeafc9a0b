// One received booklet, read-only: when it was shared and until when, what was shared, print,
// delete. A live share follows the holder's changes while this view is shown; a revoked or expired
// share says so in plain words (its copy is erased, see src/features/receive/copies.ts).
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { readShareMeta, readShareProposals } from '../../../booklet/index.ts'
import type { ShareMeta } from '../../../domain/index.ts'
import { parseProposalCapabilities } from '../../../features/proposals/index.ts'
import type { ReceivedRecord, SealedRoomStatus } from '../../../features/receive/index.ts'
import {
  checkReceived,
  deleteReceivedShare,
  fetchMissingCopy,
  followReceived,
  hasStoredCopy,
  loadReceived,
  onReceivedChanged,
  peekReceived,
  receivedRecord,
  refreshMeta,
} from '../../../features/receive/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { navigate } from '../../router.ts'
import { DeleteButton } from './DeleteButton.tsx'
import { EndedNotice } from './EndedNotice.tsx'
import { FetchNotice, type FetchState } from './FetchNotice.tsx'
import { receivedName } from './received-name.ts'
import { SharedContent } from './SharedContent.tsx'
import './operator.css'
import { LinkButton } from '../../components/LinkButton.tsx'

type Loaded = { record: ReceivedRecord; doc: Y.Doc | undefined; fetching?: FetchState }

const nameOf = receivedName

function useReceived(id: string): Loaded | 'loading' | 'missing' {
  const [state, setState] = useState<Loaded | 'loading' | 'missing'>(() => peekReceived(id) ?? 'loading')
  useEffect(() => {
    let live = true
    const load = async (): Promise<void> => {
      const record = await receivedRecord(id)
      if (record?.status === 'active' && !(await hasStoredCopy(id))) {
        // Received on another of the person's devices: only the record is here; fetch the copy
        // once (offline, it comes when the device is back online: see the 'online' listener).
        const waiting = (fetching: FetchState) => live && setState({ record, doc: undefined, fetching })
        if (!navigator.onLine) return void waiting('offline')
        waiting('fetching')
        const outcome = await fetchMissingCopy(id)
        if (outcome === 'offline' || outcome === 'unavailable') return void waiting(outcome)
        return load()
      }
      const handle = record?.status === 'active' ? await loadReceived(id) : undefined
      if (live) setState(record ? { record, doc: handle?.doc } : 'missing')
    }
    void load().then(() => checkReceived(id))
    const off = onReceivedChanged(() => void load())
    const online = () => void load()
    addEventListener('online', online)
    return () => {
      live = false
      off()
      removeEventListener('online', online)
    }
  }, [id])
  return state
}

/** Re-renders on every change of `doc` (coalesced to one render per task). */
function useDocVersion(id: string, doc: Y.Doc | undefined): void {
  const [, setVersion] = useState(0)
  useEffect(() => {
    if (!doc) return
    let queued = false
    const onUpdate = () => {
      if (queued) return
      queued = true
      setTimeout(() => {
        queued = false
        setVersion((v) => v + 1)
        void refreshMeta(id, doc)
      }, 0)
    }
    doc.on('update', onUpdate)
    return () => doc.off('update', onUpdate)
  }, [id, doc])
}

function LiveLine({ status }: { status: SealedRoomStatus | undefined }) {
  const text =
    status?.status === 'synced'
      ? t('operator.live.synced')
      : status?.status === 'connecting' || status?.status === 'syncing'
        ? t('operator.live.connecting')
        : t('operator.live.offline')
  return (
    <p class="op-live" role="status">
      <Icon name={status?.status === 'synced' ? 'saved' : 'received'} /> {text}
    </p>
  )
}

/** The view of the received booklet `id`. */
export function ReceivedView({ id }: { id: string }) {
  const state = useReceived(id)
  const doc = typeof state === 'object' ? state.doc : undefined
  useDocVersion(id, doc)
  const [live, setLive] = useState<SealedRoomStatus>()
  const isLive =
    doc !== undefined &&
    typeof state === 'object' &&
    state.record.mode === 'live' &&
    state.record.status === 'active'
  // The followed-shares runtime keeps the room connected while this view shows it.
  useEffect(() => (isLive ? followReceived(id, setLive) : undefined), [id, isLive])
  // Printing shows every item (not only the first page); the button asks the browser to print.
  const [all, setAll] = useState(false)
  const [printAsked, setPrintAsked] = useState(false)
  useEffect(() => {
    if (!printAsked) return
    setPrintAsked(false)
    window.print()
  }, [printAsked])
  useEffect(() => {
    const before = () => setAll(true)
    const after = () => setAll(false)
    addEventListener('beforeprint', before)
    addEventListener('afterprint', after)
    return () => {
      removeEventListener('beforeprint', before)
      removeEventListener('afterprint', after)
    }
  }, [])

  if (state === 'loading') return <p class="muted">{t('operator.view.loading')}</p>
  if (state === 'missing')
    return (
      <div>
        <PageHeader icon="received" title={t('nav.openShare')} />
        <p>{t('operator.view.notFound')}</p>
        <a href="/recus">{t('operator.view.back')}</a>
      </div>
    )
  const { record } = state
  const remove = async () => {
    await deleteReceivedShare(id)
    showToast(t('operator.delete.done'))
    navigate('/recus', true)
  }
  if (record.status !== 'active' || !doc)
    return (
      <div>
        <PageHeader icon="received" title={nameOf(record)} />
        <EndedNotice record={record} />
        <FetchNotice state={state.fetching} />
        <DeleteButton name={nameOf(record)} onDelete={remove} />
        <p>
          <a href="/recus">{t('operator.view.back')}</a>
        </p>
      </div>
    )
  // The person let this professional propose steps: the proposal link came inside the share.
  const proposals = readShareProposals(doc)
  const proposeHref = proposals && parseProposalCapabilities(proposals) ? `/proposer#${proposals}` : undefined
  const meta: ShareMeta = readShareMeta(doc) ?? {
    recipient: record.recipient,
    mode: record.mode,
    sharedAt: record.sharedAt,
    expiresAt: record.expiresAt,
    profileFields: [],
    sections: {},
  }
  return (
    <div class="op-view">
      <div class="no-print">
        <PageHeader icon="received" title={nameOf(record)} />
        <section class="card op-details" aria-labelledby="op-details">
          <h2 id="op-details">
            <Icon name="received" /> {t('operator.view.details')}
          </h2>
          <dl class="op-facts">
            <div>
              <dt>{t('operator.view.recipient')}</dt>
              <dd>{meta.recipient}</dd>
            </div>
            <div>
              <dt>{t('operator.view.sharedAt')}</dt>
              <dd>{formatDate(meta.sharedAt)}</dd>
            </div>
            <div>
              <dt>{t('operator.view.expiresAt')}</dt>
              <dd>{formatDate(meta.expiresAt)}</dd>
            </div>
            <div>
              <dt>{t('operator.view.kind')}</dt>
              <dd>
                {t(meta.mode === 'live' ? 'operator.mode.live' : 'operator.mode.snapshot')}
                <span class="hint">
                  {' '}
                  — {t(meta.mode === 'live' ? 'operator.mode.liveHint' : 'operator.mode.snapshotHint')}
                </span>
              </dd>
            </div>
          </dl>
          {isLive ? <LiveLine status={live} /> : null}
          <p class="hint">{t('operator.view.readOnly')}</p>
        </section>
        <div class="op-actions">
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => {
              setAll(true)
              setPrintAsked(true)
            }}
          >
            <Icon name="print" /> {t('operator.print')}
          </button>
          {proposeHref ? (
            <LinkButton href={proposeHref} icon="proposals" describedBy="op-propose-hint">
              {t('received.proposeSteps')}
            </LinkButton>
          ) : null}
          <DeleteButton name={nameOf(record)} onDelete={remove} />
        </div>
        <p class="hint" id="op-propose-hint">
          <Icon name="proposals" /> {t(proposeHref ? 'received.proposeStepsHint' : 'received.proposeAsk')}
        </p>
        <h2 class="op-content-title">{t('operator.view.content')}</h2>
      </div>
      <article class="op-sheet paper" aria-label={t('operator.view.content')}>
        <p class="op-print-head print-only">
          {t(record.displayName ? 'operator.print.head' : 'operator.print.headUnnamed', {
            name: record.displayName,
            shared: formatDate(meta.sharedAt),
            until: formatDate(meta.expiresAt),
            date: formatDate(new Date().toISOString()),
          })}
        </p>
        <SharedContent doc={doc} meta={meta} all={all} />
      </article>
    </div>
  )
}
