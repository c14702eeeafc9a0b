// The operator's proposals (/proposer): a link opened (/proposer#…) is kept on this device and
// shown at /proposer/<id> (the secret leaves the address bar); there, a form to propose, the
// connection state, and each proposal with its outcome. /proposer alone lists the kept links.
import { useEffect, useState } from 'preact/hooks'
import type { PlanProposalInput } from '../../../domain/index.ts'
import {
  type CapabilityRecord,
  getCapabilityRecord,
  listCapabilityRecords,
  openOutbox,
  outboxStore,
  parseProposalCapabilities,
  saveCapabilityRecord,
  sendProposal,
} from '../../../features/proposals/index.ts'
import { formatDate, type MessageKey, t } from '../../../i18n/index.ts'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { navigate, useLocation } from '../../router.ts'
import { useStore } from '../../store.ts'
import { ProposalView } from './ProposalView.tsx'
import { ProposeForm } from './ProposeForm.tsx'
import { StepOutcomes } from './StepOutcomes.tsx'
import './proposals.css'
import { LinkButton } from '../../components/LinkButton.tsx'

/** Keeps the link of `hash` on this device; the record's id, or undefined for a bad link. */
async function keepLink(hash: string): Promise<string | undefined> {
  const caps = parseProposalCapabilities(hash)
  if (!caps) return undefined
  const id = caps.inbox.roomId
  const known = await getCapabilityRecord(id)
  const record: CapabilityRecord = known
    ? { ...known, fragment: hash }
    : {
        id,
        fragment: hash,
        openedAt: new Date().toISOString(),
        me: {
          ...(caps.professional ? { name: caps.professional } : {}),
          ...(caps.organisation ? { organisation: caps.organisation } : {}),
        },
        proposals: [],
        outcomes: [],
      }
  await saveCapabilityRecord(record)
  return id
}

function LinkList() {
  const [records, setRecords] = useState<CapabilityRecord[] | undefined>(undefined)
  useEffect(() => {
    void listCapabilityRecords().then(setRecords)
  }, [])
  return (
    <CardSection bare id="propose-list-title" icon="proposals" title={t('propose.listTitle')}>
      {records === undefined ? (
        <p class="muted">{t('app.loading')}</p>
      ) : records.length === 0 ? (
        <p class="muted">{t('propose.listNone')}</p>
      ) : (
        <ul class="cards">
          {records.map((r) => (
            <li key={r.id} class="card">
              <p>{t('propose.forWho', { date: formatDate(r.openedAt) })}</p>
              <LinkButton href={`/proposer/${r.id}`}>{t('propose.open')}</LinkButton>
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  )
}

function Outbox({ id }: { id: string }) {
  const views = useStore(outboxStore)
  const view = views[id]
  const [missing, setMissing] = useState(false)
  const [feedback, setFeedback] = useState<MessageKey | undefined>(undefined)
  useEffect(() => {
    void openOutbox(id).then((v) => setMissing(v === undefined))
  }, [id])
  if (missing) return <p class="form-error">{t('propose.openFailed')}</p>
  if (!view) return <p class="muted">{t('app.loading')}</p>
  const { record } = view
  const onSend = async (p: PlanProposalInput): Promise<boolean> => {
    const r = await sendProposal(id, p)
    if (!r.ok) {
      setFeedback('propose.fixErrors')
      return false
    }
    const kept = outboxStore.get()[id]?.record.proposals.find((x) => x.proposal.id === r.value.id)
    setFeedback(kept?.sent ? 'propose.sent' : 'propose.queued')
    return true
  }
  const status =
    view.status === 'synced'
      ? 'propose.statusOnline'
      : view.closed
        ? 'propose.statusRefused'
        : view.status !== 'offline'
          ? 'propose.statusConnecting'
          : 'propose.statusOffline'
  const outcome = (pid: string) => record.outcomes.find((o) => o.proposalId === pid)
  return (
    <>
      <p class={`notice ${view.status === 'synced' ? '' : 'notice-warn'}`} data-testid="propose-status">
        {t(status)}
      </p>
      <ProposeForm
        draftKey={id}
        initialName={record.me.name ?? ''}
        initialOrganisation={record.me.organisation ?? ''}
        onSend={onSend}
      />
      <p role="status" class={feedback ? 'notice' : undefined}>
        {feedback ? t(feedback) : ''}
      </p>
      <CardSection bare id="mine-title" icon="plan" title={t('propose.mineTitle')}>
        {view.answersReadable ? null : <p class="muted">{t('propose.noAnswers')}</p>}
        {record.proposals.length === 0 ? <p class="muted">{t('propose.mineNone')}</p> : null}
        <ul class="cards">
          {[...record.proposals].reverse().map(({ proposal, sent }) => {
            const o = outcome(proposal.id)
            return (
              <li key={proposal.id} class="card" data-proposal={proposal.id}>
                <ProposalView proposal={proposal} viewer="operator" />
                <p class="proposal-outcome">
                  <span class={`badge ${o?.decision === 'accepted' ? 'badge-done' : ''}`}>
                    {o
                      ? t(o.decision === 'accepted' ? 'propose.accepted' : 'propose.refused', {
                          date: formatDate(o.decidedAt),
                        })
                      : t(sent ? 'propose.sentAt' : 'propose.waiting')}
                  </span>
                </p>
                {o?.reason && !o.steps ? <p>{t('proposals.reason', { reason: o.reason })}</p> : null}
                {o ? <StepOutcomes proposal={proposal} decision={o} /> : null}
              </li>
            )
          })}
        </ul>
      </CardSection>
    </>
  )
}

/** The operator's proposals screen. */
export default function OperatorProposeScreen({ id }: { id?: string }) {
  const { hash } = useLocation()
  const [bad, setBad] = useState(false)
  useEffect(() => {
    if (id !== undefined || !hash) return
    // The raw fragment: the router's copy is percent-decoded, which would break an '&' in a label.
    void keepLink(location.hash.slice(1)).then((kept) => {
      if (kept) navigate(`/proposer/${kept}`, true)
      else setBad(true)
    })
  }, [id, hash])
  return (
    <div class="proposals">
      <PageHeader icon="proposals" title={t('nav.propose')} intro={t('propose.intro')} />
      {id !== undefined ? (
        <Outbox id={id} />
      ) : bad ? (
        <p class="form-error" role="alert">
          {t('propose.badLink')}
        </p>
      ) : hash ? (
        <p class="muted">{t('app.loading')}</p>
      ) : (
        <LinkList />
      )}
    </div>
  )
}
