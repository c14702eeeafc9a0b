// Signing on the device: each checked assessment becomes an Open Badges credential (validateCompetences),
// whose inbox message goes to the persisted outbox; the request remembers what was signed. Works offline.

import type { Assessment } from '../../../credential/index.ts'
import type { TrainerIdentity } from '../index.ts'
import {
  addToOutbox,
  keyText,
  type OpenedRequest,
  type OutboxEntry,
  recordSigned,
  type SignedResult,
  type StoredRequest,
} from '../index.ts'
import { TrainerOutbox, validateCompetences } from './validate.ts'

/** Signs the assessments, queues them for sending and records them; returns the updated request. */
export async function signResults(
  identity: TrainerIdentity,
  request: OpenedRequest,
  results: readonly { competenceId: string; assessment: Assessment }[],
  now: Date = new Date(),
): Promise<StoredRequest> {
  const scratch = new TrainerOutbox()
  const outcomes = await validateCompetences(
    identity,
    { capabilities: request.capabilities, shareDoc: request.shareDoc },
    results,
    scratch,
    now,
  )
  const byCredential = new Map(
    scratch.pending.map((e) => {
      const m = JSON.parse(e.text) as { id: string; credential: { id: string } }
      return [m.credential.id, { messageId: m.id, text: e.text }] as const
    }),
  )
  const inbox = request.capabilities.inbox
  const entries: OutboxEntry[] = []
  const signed: SignedResult[] = []
  for (const o of outcomes) {
    const message = o.ok ? byCredential.get(o.credentialId) : undefined
    const result = results.find((r) => r.competenceId === o.competenceId)
    if (!o.ok || !message || !result) continue
    const label = request.competences.find((c) => c.id === o.competenceId)?.label ?? ''
    entries.push({
      messageId: message.messageId,
      credentialId: o.credentialId,
      competenceId: o.competenceId,
      competenceLabel: label,
      roomId: inbox.roomId,
      token: inbox.token,
      key: keyText(inbox.roomKey),
      text: message.text,
      signedAt: now.toISOString(),
    })
    signed.push({
      competenceId: o.competenceId,
      credentialId: o.credentialId,
      messageId: message.messageId,
      status: result.assessment.status,
      signedAt: now.toISOString(),
    })
  }
  const stored = await recordSigned(request, signed)
  await addToOutbox(entries)
  return stored
}
