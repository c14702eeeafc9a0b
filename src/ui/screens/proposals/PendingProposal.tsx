// A proposal waiting for the holder's answer: what it says, then Accept, or Refuse with an optional
// reason (a small form opens in place; focus moves into it and back).
import { useEffect, useRef, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { acceptProposal, refuseProposal } from '../../../booklet/index.ts'
import type { PlanProposal } from '../../../domain/index.ts'
import { formatDate, labelled, type MessageKey, t } from '../../../i18n/index.ts'
import { showToast } from '../../components/Toast.tsx'
import { navigate } from '../../router.ts'
import { actorName, ProposalView } from './ProposalView.tsx'

/** Once answered the card goes away: focus moves to the section's heading, not to the page's top. */
const focusPendingTitle = (): void => {
  const h = document.getElementById('pending-title')
  h?.setAttribute('tabindex', '-1')
  h?.focus()
}

/** One pending proposal with its answer buttons. */
export function PendingProposal({
  proposal,
  doc,
  readOnly,
}: {
  proposal: PlanProposal
  doc: Y.Doc
  readOnly: boolean
}) {
  const [refusing, setRefusing] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<MessageKey | undefined>(undefined)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const refuseRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (refusing) reasonRef.current?.focus()
  }, [refusing])
  const id = `proposal-${proposal.id}`
  const title = proposal.objective?.title ?? proposal.steps[0]?.title ?? ''
  const fail = (code: string) => setError(`proposals.error.${code}` as MessageKey)
  const accept = () => {
    const r = acceptProposal(doc, proposal)
    if (!r.ok) return fail(r.code)
    focusPendingTitle()
    showToast(t('proposals.accepted'), { label: t('proposals.seePlan'), run: () => navigate('/plan') })
  }
  const refuse = (e: Event) => {
    e.preventDefault()
    const r = refuseProposal(doc, proposal, reason.trim() || undefined)
    if (!r.ok) return fail(r.code)
    focusPendingTitle()
    showToast(t('proposals.refused'), undefined, 4000)
  }
  return (
    <li class="card proposal" aria-labelledby={`${id}-from`}>
      <p id={`${id}-from`} class="proposal-from">
        {t('proposals.from', {
          who: actorName(proposal.proposedBy),
          date: formatDate(proposal.createdAt),
        })}
      </p>
      <ProposalView proposal={proposal} viewer="holder" />
      {error ? (
        <p class="form-error" role="alert">
          {t(error)}
        </p>
      ) : null}
      {readOnly ? null : refusing ? (
        <form class="form" onSubmit={refuse}>
          <div class="field">
            <label for={`${id}-reason`}>{t('proposals.refuseReason')}</label>
            <textarea
              id={`${id}-reason`}
              ref={reasonRef}
              rows={2}
              maxLength={1000}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </div>
          <div class="row">
            <button type="submit" class="btn btn-danger">
              {t('proposals.refuseConfirm')}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                setRefusing(false)
                setTimeout(() => refuseRef.current?.focus(), 0)
              }}
            >
              {t('proposals.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="row">
          <button
            type="button"
            class="btn btn-primary"
            aria-label={labelled(t('proposals.accept'), title)}
            onClick={accept}
          >
            {t('proposals.accept')}
          </button>
          <button
            type="button"
            class="btn"
            ref={refuseRef}
            aria-label={labelled(t('proposals.refuse'), title)}
            onClick={() => setRefusing(true)}
          >
            {t('proposals.refuse')}
          </button>
        </div>
      )}
    </li>
  )
}
