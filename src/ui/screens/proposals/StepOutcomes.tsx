// The answer on each step of a proposal decided step by step ("Atelier CV : Étape acceptée"), for
// the holder's decided list and the professional's sent proposals. Nothing for older decisions.
import { stepDecisionOf } from '../../../booklet/index.ts'
import type { PlanProposal, ProposalDecision } from '../../../domain/index.ts'
import { labelled, t } from '../../../i18n/index.ts'

/** One line per step, when the decision has per-step answers. */
export function StepOutcomes({ proposal, decision }: { proposal: PlanProposal; decision: ProposalDecision }) {
  if (!decision.steps) return null
  return (
    <ul class="proposal-step-outcomes">
      {proposal.steps.map((step, i) => {
        const d = stepDecisionOf(decision, i)
        return (
          <li key={i} data-step-decision={d.decision}>
            {labelled(
              step.title,
              d.decision === 'accepted'
                ? t('steps.accepted')
                : d.reason
                  ? t('steps.refusedBecause', { reason: d.reason })
                  : t('steps.refused'),
            )}
          </li>
        )
      })}
    </ul>
  )
}
