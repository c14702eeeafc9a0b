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
import { CardSection } from '../../components/PageHeader.tsx'
import { ChoiceFieldset, checkBoxes } from '../../crud/choices.tsx'
import type { FormNoteValue } from '../../crud/FormNote.tsx'
import { AskTwice, WithdrawAll } from '../organisation/AskTwice.tsx'
import { SignedList } from '../organisation/SignedList.tsx'
import { withdrawalNote } from '../organisation/withdrawal-note.ts'

type Reason = 'mistake' | 'fraud'
const REASONS: readonly Reason[] = ['mistake', 'fraud']
// A refusal's words (any other: the result cannot be withdrawn).
const FAILED = { 'status-list-missing': 'history.lostMissing', 'publish-refused': 'publish.refused' } as const
const signing = () => import('../../../features/trainer/signing/index.ts')

/** One result and its withdrawal (asked twice, with why). */
function HistoryLine({
  item,
  onWithdraw,
}: {
  item: HistoryItem
  onWithdraw: (item: HistoryItem, reason: Reason) => Promise<void>
}) {
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState<Reason>('mistake')
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
      ) : (
        <AskTwice
          asking={asking}
          onAsking={setAsking}
          button={t('history.withdraw')}
          label={t('history.withdrawLabel', { competence: item.competenceLabel })}
          question={t('history.confirm', { competence: item.competenceLabel })}
          questionId={`ask-${item.credentialId}`}
          yes={t('history.withdrawYes')}
          onYes={() => {
            setAsking(false)
            void onWithdraw(item, reason)
          }}
        >
          <ChoiceFieldset legend={t('history.why')} class="" layout="bare">
            {checkBoxes({
              type: 'radio',
              name: `why-${item.credentialId}`,
              items: REASONS.map((r) => ({ value: r, label: t(`history.why.${r}`) })),
              picked: [reason],
              onPick: ([r]) => r && setReason(r),
            })}
          </ChoiceFieldset>
        </AskTwice>
      )}
    </li>
  )
}

/** The history section of the trainer home. */
export function SignedHistory({ identity }: { identity: TrainerIdentity }) {
  const [items, setItems] = useState<HistoryItem[] | null>(null)
  const [pending, setPending] = useState(false)
  const [note, setNote] = useState<FormNoteValue>()
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
  const withdrawOne = async (item: HistoryItem, reason: Reason) => {
    setNote(undefined)
    const { withdrawResult } = await signing()
    const done = t('history.withdrawn', { competence: item.competenceLabel })
    setNote(
      await withdrawalNote(
        () => withdrawResult(identity, item, reason),
        done,
        FAILED,
        'history.notWithdrawable',
      ),
    )
    await reload()
  }
  const withdrawAll = async () => {
    setNote(undefined)
    const { withdrawEverything } = await signing()
    const done = t('history.lostDone')
    setNote(await withdrawalNote(() => withdrawEverything(identity), done, FAILED, 'history.notWithdrawable'))
    await reload()
  }
  const withdrawable = items?.some((i) => i.statusList && !i.withdrawnAt) ?? false
  return (
    <CardSection icon="validated" id="trainer-history-title" title={t('history.title')}>
      <SignedList
        items={items}
        none={t('history.none')}
        row={(i) => <HistoryLine key={i.credentialId} item={i} onWithdraw={withdrawOne} />}
        note={note}
      >
        {pending ? (
          <p class="outbox-state" data-withdrawal-pending="yes">
            <Icon name="private" /> {t('publish.pending')}
          </p>
        ) : null}
      </SignedList>
      {withdrawable ? (
        <div>
          <h3>
            <Icon name="error" /> {t('history.lostTitle')}
          </h3>
          <p class="hint">{t('history.lostIntro')}</p>
          <WithdrawAll words="historyLost" questionId="history-lost-ask" onYes={() => void withdrawAll()} />
        </div>
      ) : null}
    </CardSection>
  )
}
