// The holder's side of plan proposals (issue 5, scenario 4). Decisions:
// - Decisions are kept in the booklet's `meta` map, one key per proposal ('proposal:<id>' → JSON
//   decision record): no nested map, so two devices never race to create a container.
// - Accepting merges into the plan in one transaction: the objective (if proposed) and the steps get
//   fresh ids, `proposedBy` from the proposal, consent 'accepted', consentAt = decidedAt; the decision
//   records where they went. Refusing records the decision only; nothing enters the plan.
// - A proposal is decided once: a second accept/refuse gives 'already-decided'.
// - The operator sees the outcome through the answers room of the inbox (`syncInboxDecisions`,
//   see src/features/proposals/links.ts), or through a share: accepted steps through the plan (objectives
//   picked), and every decision through `syncDecisionsToShare`, which copies the decisions of one
//   proposer into the share doc's meta (the projection itself copies only sections; a live share
//   should call it on each sync — see the report).
import type * as Y from 'yjs'
import {
  type Actor,
  fail,
  newId,
  type ObjectiveId,
  ok,
  type PlanProposal,
  type ProposalDecision,
  ProposalDecisionSchema,
  parse,
  type Result,
  type StepId,
} from '../domain/index.ts'
import { readInbox } from '../protocol/index.ts'
import { getItem } from './read.ts'
import { prepareWrite, putItem } from './write.ts'

/** Prefix of the decision keys in `meta`. */
export const DECISION_KEY_PREFIX = 'proposal:'
/** Key of the decisions list in a share doc's `meta`. */
export const SHARE_DECISIONS_KEY = 'proposalDecisions'

/** Every valid decision recorded in a booklet. */
export const decisionsOf = (doc: Y.Doc): ProposalDecision[] => {
  const out: ProposalDecision[] = []
  doc.getMap('meta').forEach((value, key) => {
    if (!key.startsWith(DECISION_KEY_PREFIX)) return
    const r = parse(ProposalDecisionSchema, value)
    if (r.ok && r.value.proposalId === key.slice(DECISION_KEY_PREFIX.length)) out.push(r.value)
  })
  return out.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
}

/** The decision on one proposal, if any. */
export const decisionOf = (doc: Y.Doc, proposalId: string): ProposalDecision | undefined => {
  const r = parse(ProposalDecisionSchema, doc.getMap('meta').get(DECISION_KEY_PREFIX + proposalId))
  return r.ok && r.value.proposalId === proposalId ? r.value : undefined
}

/** Well-formed proposals of an inbox the holder has not decided yet. */
export const pendingProposals = (booklet: Y.Doc, inboxDoc: Y.Doc): PlanProposal[] => {
  const seen = new Set<string>()
  const out: PlanProposal[] = []
  for (const { message } of readInbox(inboxDoc).items) {
    if (message.type !== 'livret.proposal') continue
    const p = message.proposal
    if (seen.has(p.id) || decisionOf(booklet, p.id)) continue
    seen.add(p.id)
    out.push(p)
  }
  return out
}

/** Why a decision cannot be recorded. */
export type DecideError = 'already-decided' | 'objective-missing' | 'invalid' | 'read-only'

/** Writes a decision under its key (also used by the per-step decision, ./proposal-steps.ts). */
export const recordDecision = (doc: Y.Doc, decision: ProposalDecision): void => {
  doc.getMap('meta').set(DECISION_KEY_PREFIX + decision.proposalId, JSON.parse(JSON.stringify(decision)))
}

/** A plain copy of an actor (no valibot brands or prototypes left). */
export const actorJson = (a: Actor): Actor => JSON.parse(JSON.stringify(a)) as Actor

/** Puts the proposed objective (if any) and the steps that have an id into the plan, with the
 * holder's consent, and records `decision`, in one transaction. A step whose id is missing was
 * refused. Proposals are schema-checked, so a failed put is a bug: it throws (`caller` names it). */
export const mergeIntoPlan = (
  booklet: Y.Doc,
  proposal: PlanProposal,
  objectiveId: ObjectiveId,
  stepIds: readonly (StepId | undefined)[],
  decision: ProposalDecision,
  caller: string,
): void => {
  const at = decision.decidedAt
  let failed = ''
  booklet.transact(() => {
    if (proposal.objective) {
      const o = putItem(booklet, 'objectives', {
        id: objectiveId,
        ...proposal.objective,
        createdAt: at,
        updatedAt: at,
      })
      if (!o.ok) {
        failed = JSON.stringify(o.issues)
        return
      }
    }
    for (const [i, step] of proposal.steps.entries()) {
      const stepId = stepIds[i]
      if (!stepId) continue
      const s = putItem(booklet, 'steps', {
        id: stepId,
        objectiveId,
        ...step,
        commitments: step.commitments.map((c) => ({ ...c, actor: actorJson(c.actor) })),
        status: 'todo',
        proposedBy: actorJson(proposal.proposedBy),
        consent: 'accepted',
        consentAt: at,
        createdAt: at,
        updatedAt: at,
      })
      if (!s.ok) {
        failed = JSON.stringify(s.issues)
        return
      }
    }
    recordDecision(booklet, decision)
  })
  // The partial write is then visible.
  if (failed) throw new Error(`${caller}: ${failed}`)
}

/** Why `proposal` cannot be merged into the plan now, if it cannot: decided already, its objective
 * gone, or the booklet read-only. */
export const mergeBlocker = (
  booklet: Y.Doc,
  proposal: PlanProposal,
): Result<never, DecideError> | undefined => {
  if (decisionOf(booklet, proposal.id)) return fail('already-decided')
  if (proposal.objectiveId !== undefined && !getItem(booklet, 'objectives', proposal.objectiveId))
    return fail('objective-missing')
  const ready = prepareWrite(booklet)
  return ready.ok ? undefined : ready
}

/** Accepts a proposal: merges it into the plan with the holder's consent and records the decision. */
export const acceptProposal = (
  booklet: Y.Doc,
  proposal: PlanProposal,
  now: Date = new Date(),
): Result<ProposalDecision, DecideError> => {
  const blocked = mergeBlocker(booklet, proposal)
  if (blocked) return blocked
  const at = now.toISOString()
  const objectiveId = proposal.objectiveId ?? newId<ObjectiveId>()
  const stepIds = proposal.steps.map(() => newId<StepId>())
  const decision: ProposalDecision = {
    proposalId: proposal.id,
    decision: 'accepted',
    decidedAt: at,
    proposedBy: actorJson(proposal.proposedBy),
    objectiveId,
    stepIds,
  }
  mergeIntoPlan(booklet, proposal, objectiveId, stepIds, decision, 'acceptProposal')
  return ok(decision)
}

/** Refuses a proposal (optional reason): the decision is recorded, nothing enters the plan. */
export const refuseProposal = (
  booklet: Y.Doc,
  proposal: PlanProposal,
  reason?: string,
  now: Date = new Date(),
): Result<ProposalDecision, DecideError> => {
  if (decisionOf(booklet, proposal.id)) return fail('already-decided')
  const r = parse(ProposalDecisionSchema, {
    proposalId: proposal.id,
    decision: 'refused',
    ...(reason?.trim() ? { reason } : {}),
    decidedAt: now.toISOString(),
    proposedBy: actorJson(proposal.proposedBy),
  })
  if (!r.ok) return r
  const ready = prepareWrite(booklet)
  if (!ready.ok) return ready
  recordDecision(booklet, r.value)
  return ok(r.value)
}

const sameActor = (a: Actor, b: Actor): boolean =>
  a.role === b.role && (a.name ?? '') === (b.name ?? '') && (a.organisation ?? '') === (b.organisation ?? '')

/** Puts `decisions` under SHARE_DECISIONS_KEY of `doc`'s meta (no-op when unchanged); their count. */
const writeDecisions = (doc: Y.Doc, decisions: readonly ProposalDecision[]): number => {
  const text = JSON.stringify(decisions)
  const meta = doc.getMap('meta')
  if (JSON.stringify(meta.get(SHARE_DECISIONS_KEY) ?? []) !== text)
    meta.set(SHARE_DECISIONS_KEY, JSON.parse(text))
  return decisions.length
}

/** Copies the decisions on `proposer`'s proposals into a share doc's meta (no-op when unchanged).
 * Returns the number of decisions now in the share. */
export const syncDecisionsToShare = (booklet: Y.Doc, shareDoc: Y.Doc, proposer: Actor): number => {
  const decisions = decisionsOf(booklet).filter((d) => sameActor(d.proposedBy, proposer))
  return writeDecisions(shareDoc, decisions)
}

/** The decisions a share doc carries (operator side; validated, invalid ones left out). */
export const shareDecisions = (shareDoc: Y.Doc): ProposalDecision[] => {
  const raw = shareDoc.getMap('meta').get(SHARE_DECISIONS_KEY)
  if (!Array.isArray(raw)) return []
  return raw.flatMap((d) => {
    const r = parse(ProposalDecisionSchema, d)
    return r.ok ? [r.value] : []
  })
}

/** What one proposal inbox holds for the holder: proposals to decide, and messages ignored. */
export type InboxReport = {
  pending: PlanProposal[]
  /** Messages not taken (malformed, duplicate, or not a proposal), by index; never applied. */
  ignored: { index: number; code: string }[]
}

/** Reads a proposal inbox: pending proposals, and every message ignored with why. */
export const inboxReport = (booklet: Y.Doc, inboxDoc: Y.Doc): InboxReport => {
  const content = readInbox(inboxDoc)
  const ignored: InboxReport['ignored'] = [...content.rejected]
  for (const { index, message } of content.items)
    if (message.type !== 'livret.proposal') ignored.push({ index, code: 'not-a-proposal' })
  ignored.sort((a, b) => a.index - b.index)
  return { pending: pendingProposals(booklet, inboxDoc), ignored }
}

/** Copies the decisions on the proposals of one inbox into its answers doc's meta, where the
 * operator reads them with `shareDecisions` (no-op when unchanged). Returns how many there are. */
export const syncInboxDecisions = (booklet: Y.Doc, inboxDoc: Y.Doc, answersDoc: Y.Doc): number => {
  const ids = new Set<string>()
  for (const { message } of readInbox(inboxDoc).items)
    if (message.type === 'livret.proposal') ids.add(message.proposal.id)
  const decisions = decisionsOf(booklet).filter((d) => ids.has(d.proposalId))
  return writeDecisions(answersDoc, decisions)
}
