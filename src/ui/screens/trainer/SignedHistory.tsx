// The trainer's history of signed results (issue #11 point 5): each can be withdrawn (a mistake,
// fraud) after a confirmation; "my key is lost" withdraws everything the key signed. A withdrawal made
// offline is kept and said plainly: it will be published as soon as the connection is back (the
// status runtime publishes it with the key registered here).
import { useEffect, useState } from 'preact/hooks'
import { runtimeStatusStore } from '../../../features/runtime/index.ts'
import {
  type HistoryItem,
  listSignedResults,
  type TrainerIdentity,
  trainerKeyInfo,
} from '../../../features/trainer/index.ts'
import { formatDate, type MessageKey, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { SectionTitle } from '../../components/PageHeader.tsx'
import '../organisation/organisation.css'

type Note = { error: boolean; text: string }
const signing = () => import('../../../features/trainer/signing/index.ts')

/** One result and its withdrawal. */
function HistoryLine({
  item,
  onWithdraw,
}: {
  item: HistoryItem
  onWithdraw: (item: HistoryItem, reason: 'mistake' | 'fraud') => Promise<void>
}) {
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState<'mistake' | 'fraud'>('mistake')
  const name = `why-${item.credentialId}`
  return (
    <li data-history={item.competenceLabel} data-withdrawn={item.withdrawnAt ? 'yes' : 'no'}>
      <p>
        {t('history.line', {
          competence: item.competenceLabel,
          status: t(`trainer.status.${item.status}` as MessageKey),
          date: formatDate(item.signedAt),
          recipient: item.recipient,
        })}
      </p>
      {item.withdrawnAt ? (
        <p class="muted">
          <Icon name="stop" /> {t('history.withdrawnOn', { date: formatDate(item.withdrawnAt) })}
        </p>
      ) : !item.statusList ? (
        <p class="muted">{t('history.notWithdrawable')}</p>
      ) : asking ? (
        <div class="org-confirm">
          <p id={`ask-${item.credentialId}`}>{t('history.confirm', { competence: item.competenceLabel })}</p>
          <fieldset>
            <legend>{t('history.why')}</legend>
            {(['mistake', 'fraud'] as const).map((r) => (
              <label key={r} class="choice">
                <input type="radio" name={name} checked={reason === r} onChange={() => setReason(r)} />{' '}
                {t(`history.why.${r}`)}
              </label>
            ))}
          </fieldset>
          <div class="org-actions">
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => {
                setAsking(false)
                void onWithdraw(item, reason)
              }}
            >
              <Icon name="stop" /> {t('history.withdrawYes')}
            </button>
            <button type="button" class="btn" onClick={() => setAsking(false)}>
              {t('org.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="btn"
          aria-label={t('history.withdrawLabel', { competence: item.competenceLabel })}
          onClick={() => setAsking(true)}
        >
          <Icon name="stop" /> {t('history.withdraw')}
        </button>
      )}
    </li>
  )
}

/** The history section of the trainer home. */
export function SignedHistory({ identity }: { identity: TrainerIdentity }) {
  const [items, setItems] = useState<HistoryItem[] | null>(null)
  const [pending, setPending] = useState(false)
  const [note, setNote] = useState<Note>()
  const [askLost, setAskLost] = useState(false)
  const did = trainerKeyInfo(identity).did
  const reload = async () => {
    setItems(await listSignedResults())
    const { withdrawalsPending } = await signing()
    setPending(await withdrawalsPending(identity))
  }
  useEffect(() => {
    void (async () => {
      // A withdrawal left pending on an earlier visit is published by the status runtime with this key.
      const { addStatusKey, kickStatusChecks } = await import('../../../features/status/index.ts')
      addStatusKey(did, identity.keys)
      kickStatusChecks()
      await reload()
    })()
    // Back online: the status runtime publishes what waits (it listens too); ask it now.
    const onOnline = async () => {
      const { kickStatusChecks } = await import('../../../features/status/index.ts')
      kickStatusChecks()
    }
    const listener = () => void onOnline()
    addEventListener('online', listener)
    // The status runtime publishes pending lists too (retries): each round it ends, read again.
    let last = runtimeStatusStore.get().get('status-checks')?.state
    const unsubscribe = runtimeStatusStore.subscribe((all) => {
      const state = all.get('status-checks')?.state
      if (state !== last && state === 'idle') void reload()
      last = state
    })
    return () => {
      removeEventListener('online', listener)
      unsubscribe()
    }
  }, [did])
  const outcome = (
    r: { ok: true; value: 'published' | 'pending' } | { ok: false; code: string },
    done: string,
  ) => {
    if (r.ok)
      setNote({
        error: false,
        text: `${done} ${t(r.value === 'published' ? 'publish.done' : 'publish.pending')}`,
      })
    else if (r.code === 'status-list-missing') setNote({ error: true, text: t('history.lostMissing') })
    else if (r.code === 'publish-refused') setNote({ error: true, text: t('publish.refused') })
    else setNote({ error: true, text: t('history.notWithdrawable') })
  }
  const withdrawOne = async (item: HistoryItem, reason: 'mistake' | 'fraud') => {
    setNote(undefined)
    const { withdrawResult } = await signing()
    try {
      outcome(
        await withdrawResult(identity, item, reason),
        t('history.withdrawn', { competence: item.competenceLabel }),
      )
    } catch {
      // The key kept under a PIN stayed locked (prompt closed): nothing was signed.
      setNote({ error: true, text: t('pin.locked') })
    }
    await reload()
  }
  const withdrawAll = async () => {
    setAskLost(false)
    setNote(undefined)
    const { withdrawEverything } = await signing()
    try {
      outcome(await withdrawEverything(identity), t('history.lostDone'))
    } catch {
      setNote({ error: true, text: t('pin.locked') })
    }
    await reload()
  }
  const withdrawable = items?.some((i) => i.statusList && !i.withdrawnAt) ?? false
  return (
    <section class="card" aria-labelledby="trainer-history-title">
      <SectionTitle icon="validated" id="trainer-history-title">
        {t('history.title')}
      </SectionTitle>
      {items?.length === 0 ? <p>{t('history.none')}</p> : null}
      {pending ? (
        <p class="outbox-state" data-withdrawal-pending="yes">
          <Icon name="private" /> {t('publish.pending')}
        </p>
      ) : null}
      {items && items.length > 0 ? (
        <ul class="org-list">
          {items.map((i) => (
            <HistoryLine key={i.credentialId} item={i} onWithdraw={withdrawOne} />
          ))}
        </ul>
      ) : null}
      {note ? (
        <p class={note.error ? 'field-error' : 'ok'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      ) : null}
      {withdrawable ? (
        <div>
          <h3>
            <Icon name="error" /> {t('history.lostTitle')}
          </h3>
          <p class="hint">{t('history.lostIntro')}</p>
          {askLost ? (
            <div class="org-confirm">
              <p id="history-lost-ask">{t('history.lostConfirm')}</p>
              <div class="org-actions">
                <button type="button" class="btn btn-danger" onClick={() => void withdrawAll()}>
                  <Icon name="stop" /> {t('history.lostYes')}
                </button>
                <button type="button" class="btn" onClick={() => setAskLost(false)}>
                  {t('org.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" class="btn btn-danger" onClick={() => setAskLost(true)}>
              <Icon name="stop" /> {t('history.lost')}
            </button>
          )}
        </div>
      ) : null}
    </section>
  )
}
