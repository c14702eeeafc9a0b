// The holder's proposals (/propositions): proposals to accept or refuse, what was ignored, what was
// already decided, and the links that let a professional propose (create, hand over, withdraw).
import { useState } from 'preact/hooks'
import { createInbox, type InboxView, inboxesStore } from '../../../features/proposals/index.ts'
import { formatDate, plural, t } from '../../../i18n/index.ts'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { FormCard } from '../../crud/FormCard.tsx'
import { TextField } from '../../crud/TextField.tsx'
import { useSession } from '../../session.ts'
import { useStore } from '../../store.ts'
import { InboxItem } from './InboxItem.tsx'
import { PendingProposal } from './PendingProposal.tsx'
import { actorName } from './ProposalView.tsx'
import { StepOutcomes } from './StepOutcomes.tsx'
import './proposals.css'

function InviteForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [name, setName] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [error, setError] = useState<'proposals.nameRequired' | 'proposals.createFailed' | undefined>()
  const [busy, setBusy] = useState(false)
  const submit = async (e: Event) => {
    e.preventDefault()
    if (!name.trim()) {
      setError('proposals.nameRequired')
      document.getElementById('invite-name')?.focus()
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const record = await createInbox(name, organisation)
      setName('')
      setOrganisation('')
      onCreated(record.id)
    } catch {
      setError('proposals.createFailed')
    } finally {
      setBusy(false)
    }
  }
  return (
    <FormCard
      id="invite-title"
      class="card form"
      icon="proposals"
      title={t('proposals.inviteTitle')}
      intro={t('proposals.inviteText')}
      onSubmit={(e) => void submit(e)}
    >
      <TextField
        id="invite-name"
        label={t('proposals.professional')}
        error={error === 'proposals.nameRequired' ? error : undefined}
        autocomplete="off"
        maxLength={120}
        value={name}
        onValue={setName}
      />
      <TextField
        id="invite-org"
        label={t('proposals.organisation')}
        hint={t('proposals.organisationHint')}
        autocomplete="organization"
        maxLength={200}
        value={organisation}
        onValue={setOrganisation}
      />
      {error === 'proposals.createFailed' ? (
        <p class="form-error" role="alert">
          {t(error)}
        </p>
      ) : null}
      <button type="submit" class="btn btn-primary btn-wide" disabled={busy}>
        {busy ? t('proposals.creating') : t('proposals.create')}
      </button>
    </FormCard>
  )
}

function Decided({ inboxes }: { inboxes: InboxView[] }) {
  const decided = inboxes
    .flatMap((v) => v.decided)
    .sort((a, b) => b.decision.decidedAt.localeCompare(a.decision.decidedAt))
  if (decided.length === 0) return null
  return (
    <CardSection bare id="decided-title" icon="validated" title={t('proposals.decidedTitle')}>
      <ul class="plain">
        {decided.map(({ proposal, decision }) => (
          <li key={proposal.id} class="subcard">
            <p class="proposal-step-title">{proposal.objective?.title ?? proposal.steps[0]?.title}</p>
            <p class="small">
              {actorName(proposal.proposedBy)} ·{' '}
              <span class={`badge ${decision.decision === 'accepted' ? 'badge-done' : ''}`}>
                {t(
                  decision.decision === 'accepted' ? 'proposals.decidedAccepted' : 'proposals.decidedRefused',
                  {
                    date: formatDate(decision.decidedAt),
                  },
                )}
              </span>
            </p>
            {decision.reason && !decision.steps ? (
              <p class="small">{t('proposals.reason', { reason: decision.reason })}</p>
            ) : null}
            <StepOutcomes proposal={proposal} decision={decision} />
          </li>
        ))}
      </ul>
    </CardSection>
  )
}

/** The holder's proposals screen. */
export default function HolderProposalsScreen(_props: { id?: string }) {
  const { doc, readOnly } = useSession()
  const state = useStore(inboxesStore)
  const [open, setOpen] = useState<string | undefined>(undefined)
  const pending = state.inboxes.flatMap((v) => v.report.pending)
  const withIgnored = state.inboxes.filter((v) => v.report.ignored.length > 0)
  return (
    <div class="proposals">
      <PageHeader icon="proposals" title={t('nav.proposals')} intro={t('proposals.intro')} />
      <CardSection bare id="pending-title" icon="proposals" title={t('proposals.pendingTitle')}>
        {state.loading ? (
          <p class="muted">{t('proposals.loading')}</p>
        ) : pending.length === 0 ? (
          <p class="muted">{t('proposals.pendingNone')}</p>
        ) : (
          <ul class="cards">
            {pending.map((p) => (
              <PendingProposal key={p.id} proposal={p} doc={doc} readOnly={readOnly} />
            ))}
          </ul>
        )}
        {withIgnored.map((v) => (
          <p key={v.record.id} class="notice" data-testid="ignored-notice">
            {plural('proposals.ignored', v.report.ignored.length)}{' '}
            {t('proposals.ignoredFrom', { who: v.record.professional })}
          </p>
        ))}
      </CardSection>
      <Decided inboxes={state.inboxes} />
      {readOnly ? null : <InviteForm onCreated={setOpen} />}
      <CardSection bare id="links-title" icon="share" title={t('proposals.linksTitle')}>
        {state.damaged > 0 ? <p class="notice">{plural('proposals.damaged', state.damaged)}</p> : null}
        {state.inboxes.length === 0 && !state.loading ? (
          <p class="muted">{t('proposals.linksNone')}</p>
        ) : null}
        <ul class="cards">
          {state.inboxes.map((v) => (
            <InboxItem
              key={v.record.id}
              view={v}
              open={open === v.record.id}
              onToggle={() => setOpen(open === v.record.id ? undefined : v.record.id)}
            />
          ))}
        </ul>
      </CardSection>
    </div>
  )
}
