// Words for where a step of the plan comes from and who still owes something, so that the
// person's own step reads "Étape que j'ai ajoutée" rather than "Proposée par : Moi · Acceptée".
// Pure: the caller passes the translation (t in the app, a fixed table in tests).
import { type Actor, type Step, stepAwaitsCommitments } from '../domain/index.ts'
import type { MessageKey } from './index.ts'

/** A translation function: a message key and its placeholders to text. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

const named = (a: Actor): string => [a.name, a.organisation].filter(Boolean).join(', ')

/**
 * One line on a step's origin: who added it and, for a proposal, the holder's answer and its date
 * ("Proposée par mon accompagnateur (Mme Dupont, CPAS de Namur) · Acceptée par moi le 3 mars 2025").
 */
export function stepOrigin(
  step: Pick<Step, 'proposedBy' | 'consent' | 'consentAt'>,
  tr: Translate,
  date: (iso: string) => string,
): string {
  const by = step.proposedBy
  if (by.role === 'holder') return tr('plan.origin.holder')
  const who = named(by)
  const origin = `${tr(`plan.origin.${by.role}`)}${who ? ` (${who})` : ''}`
  const answer =
    step.consent === 'proposed'
      ? tr('plan.answer.proposed')
      : step.consentAt
        ? tr(`plan.answer.${step.consent}On`, { date: date(step.consentAt) })
        : tr(`plan.answer.${step.consent}`)
  return `${origin} · ${answer}`
}

/** A sentence naming who still has a commitment on a step marked done, or '' when nobody does. */
export function openCommitments(step: Pick<Step, 'status' | 'commitments'>, tr: Translate): string {
  if (!stepAwaitsCommitments(step)) return ''
  const who = step.commitments
    .filter((c) => !c.done)
    .map((c) => {
      const name = c.actor.role === 'holder' ? '' : named(c.actor)
      return `${tr(`role.${c.actor.role}`)}${name ? ` (${name})` : ''}`
    })
  return tr('plan.awaitsCommitments', { who: [...new Set(who)].join(', ') })
}
