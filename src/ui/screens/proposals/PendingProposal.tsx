// A proposal waiting for the holder's answer: what it says, then one answer per step (accept this
// step, or refuse it with an optional reason) sent at once (issue 12 §1). A proposal of an objective
// alone keeps the two buttons Accept / Refuse.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { acceptProposal, decideProposal, refuseProposal } from '../../../booklet/index.ts'
import type { PlanProposal } from '../../../domain/index.ts'
import { formatDate, labelled, type MessageKey, t } from '../../../i18n/index.ts'
import { showToast } from '../../components/Toast.tsx'
import { type CodeOf, errorMessages } from '../../errors.ts'
import { navigate } from '../../router.ts'
import { actorName, ProposalView } from './ProposalView.tsx'
import { type StepChoiceState, StepChoices } from './StepChoices.tsx'

// Why a decision could not be written, in words.
const DECIDE_ERRORS = errorMessages<CodeOf<typeof acceptProposal>>(
  {
    'already-decided': 'proposals.error.already-decided',
    'objective-missing': 'proposals.error.objective-missing',
    invalid: 'proposals.error.invalid',
    'read-only': 'proposals.error.read-only',
  },
  'proposals.error.invalid',
)

/** The two answers to a proposal of an objective alone, accept first. */
const WHOLE_ANSWERS = [
  { accept: true, word: 'proposals.accept', class: 'btn btn-primary' },
  { accept: false, word: 'proposals.refuse', class: 'btn' },
] as const

/** Once answered the card goes away: focus moves to the section's heading, not to the page's top. */
const focusPendingTitle = (): void => {
  const h = document.getElementById('pending-title')
  h?.setAttribute('tabindex', '-1')
  h?.focus()
}

/** One pending proposal with its answers. */
export function PendingProposal({
  proposal,
  doc,
  readOnly,
}: {
  proposal: PlanProposal
  doc: Y.Doc
  readOnly: boolean
}) {
  const [choices, setChoices] = useState<StepChoiceState[]>(() => proposal.steps.map(() => ({ reason: '' })))
  const [error, setError] = useState<MessageKey | undefined>(undefined)
  const id = `proposal-${proposal.id}`
  const title = proposal.objective?.title ?? proposal.steps[0]?.title ?? ''
  const fail = (code: CodeOf<typeof acceptProposal>) => setError(DECIDE_ERRORS.key(code))
  const done = (anyAccepted: boolean) => {
    focusPendingTitle()
    if (anyAccepted)
      showToast(t(proposal.steps.length ? 'steps.saved' : 'proposals.accepted'), {
        label: t('proposals.seePlan'),
        run: () => navigate('/plan'),
      })
    else showToast(t('proposals.refused'), undefined, 4000)
  }
  const whole = (accept: boolean) => {
    const r = accept ? acceptProposal(doc, proposal) : refuseProposal(doc, proposal)
    if (!r.ok) return fail(r.code)
    done(accept)
  }
  const send = (e: Event) => {
    e.preventDefault()
    if (choices.some((c) => c.accept === undefined)) return setError('steps.chooseAll')
    const r = decideProposal(
      doc,
      proposal,
      choices.map((c) => ({ accept: c.accept === true, ...(c.reason.trim() ? { reason: c.reason } : {}) })),
    )
    if (!r.ok) return fail(r.code)
    done(choices.some((c) => c.accept))
  }
  const errorLine = error ? (
    <p class="form-error" role="alert">
      {t(error)}
    </p>
  ) : null
  return (
    <li class="card proposal" aria-labelledby={`${id}-from`}>
      <p id={`${id}-from`} class="proposal-from">
        {t('proposals.from', {
          who: actorName(proposal.proposedBy),
          date: formatDate(proposal.createdAt),
        })}
      </p>
      <ProposalView proposal={proposal} viewer="holder" />
      {readOnly ? null : proposal.steps.length > 0 ? (
        <form class="form" onSubmit={send} noValidate>
          <StepChoices id={id} steps={proposal.steps} choices={choices} onChange={setChoices} />
          {errorLine}
          <button type="submit" class="btn btn-primary">
            {t('steps.send')}
          </button>
        </form>
      ) : (
        <>
          {errorLine}
          <div class="row">
            {WHOLE_ANSWERS.map((a) => (
              <button
                key={a.word}
                type="button"
                class={a.class}
                aria-label={labelled(t(a.word), title)}
                onClick={() => whole(a.accept)}
              >
                {t(a.word)}
              </button>
            ))}
          </div>
        </>
      )}
    </li>
  )
}
