// The step stored from the step form's draft: who proposed it, the holder's answer, commitments
// with each actor's name and organisation kept.
import { type Actor, newId, nowIso, type Step } from '../../../domain/index.ts'
import type { Values } from '../../crud/field-types.ts'
import type { StepDraft } from './StepForm.tsx'

/** An actor as stored: its role, and its name and organisation when they are filled in. */
function actorFrom(a: Actor): Actor {
  const out: Actor = { role: a.role }
  if (a.name?.trim()) out.name = a.name.trim()
  if (a.organisation?.trim()) out.organisation = a.organisation.trim()
  return out
}

/** The step to store from the form's draft. */
export function stepFrom(objectiveId: string, d: StepDraft, existing?: Step): Values {
  const now = nowIso()
  const consent = d.proposedBy.role === 'holder' ? 'accepted' : d.consent
  const out: Values = {
    ...(existing ?? { id: newId(), createdAt: now }),
    objectiveId,
    updatedAt: now,
    title: d.title,
    status: d.status,
    proposedBy: actorFrom(d.proposedBy),
    consent,
    // Names and organisations stay (an accepted proposal's "CPAS de Namur s'engage à…").
    commitments: d.commitments.map((c) => ({ actor: actorFrom(c.actor), text: c.text, done: c.done })),
  }
  if (d.description.trim()) out.description = d.description
  else delete out.description
  if (d.dueDate) out.dueDate = d.dueDate
  else delete out.dueDate
  if (consent !== existing?.consent && consent !== 'proposed') out.consentAt = now
  return out
}
