// One plan proposal as text: the objective (or "steps for an objective of your plan"), each step with
// its date and who commits to what. The holder reads "Je m'engage à…", the operator "La personne
// s'engage à…"; a professional's commitment reads "<organisation or name> s'engage à…".
import type { Actor, PlanProposal } from '../../../domain/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'

/** Who someone is, in a few words: "Mme Dupont (CPAS de Namur)", or their role. */
export const actorName = (a: Actor): string =>
  a.name && a.organisation
    ? `${a.name} (${a.organisation})`
    : (a.name ?? a.organisation ?? t(`role.${a.role}`))

/** One commitment line as `viewer` reads it. */
export const commitmentLine = (actor: Actor, text: string, viewer: 'holder' | 'operator'): string =>
  actor.role === 'holder'
    ? t(viewer === 'holder' ? 'proposals.iCommit' : 'proposals.holderCommits', { text })
    : t('proposals.theyCommit', { who: actor.organisation ?? actor.name ?? t(`role.${actor.role}`), text })

/** The content of a proposal; `headingLevel` is that of the objective's title. */
export function ProposalView({
  proposal,
  viewer,
  headingLevel = 3,
}: {
  proposal: PlanProposal
  viewer: 'holder' | 'operator'
  headingLevel?: 3 | 4
}) {
  const H = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <div class="proposal-view">
      {proposal.objective ? (
        <>
          <p class="small muted">{t('proposals.objective')}</p>
          <H class="proposal-objective">{proposal.objective.title}</H>
          {proposal.objective.targetDate ? (
            <p class="small">{t('proposals.due', { date: formatDate(proposal.objective.targetDate) })}</p>
          ) : null}
          {proposal.objective.description ? <p>{proposal.objective.description}</p> : null}
        </>
      ) : (
        <H class="proposal-objective">{t('proposals.addToObjective')}</H>
      )}
      {proposal.steps.length > 0 ? (
        <ol class="proposal-steps">
          {proposal.steps.map((s, i) => (
            <li key={i} class="subcard">
              <p class="proposal-step-title">{s.title}</p>
              {s.dueDate ? <p class="small">{t('proposals.due', { date: formatDate(s.dueDate) })}</p> : null}
              {s.description ? <p>{s.description}</p> : null}
              {s.commitments.length > 0 ? (
                <ul class="proposal-commitments">
                  {s.commitments.map((c, j) => (
                    <li key={j}>{commitmentLine(c.actor, c.text, viewer)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
