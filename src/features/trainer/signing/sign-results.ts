// Signing on the device: each checked assessment becomes an Open Badges credential (validateCompetences),
// whose inbox message goes to the persisted outbox; the request remembers what was signed. Works offline.
// Each credential gets a withdrawal entry on the trainer's status list (features/status), kept with the
// signed result so the history screen can withdraw it (withdrawSigned).

import { type Assessment, keyInfo, type StatusEntry } from '../../../credential/index.ts'
import { fail, ok, type Result } from '../../../domain/result.ts'
import {
  addStatusKey,
  allocateStatusEntry,
  defaultStatusDeps,
  kickStatusChecks,
  ownStatusList,
  type StatusDeps,
  type WithdrawCode,
  withdrawAllOfKey,
  withdrawCredential,
} from '../../status/index.ts'
import { endorsementsInForce } from '../endorsements.ts'
import type { TrainerIdentity } from '../index.ts'
import {
  addToOutbox,
  listSignedResults,
  markWithdrawn,
  type OpenedRequest,
  type OutboxEntry,
  recordSigned,
  type SignedResult,
  type StoredRequest,
} from '../index.ts'
import { type IssuerExtra, TrainerOutbox, validateCompetences } from './validate.ts'

/** Signs the assessments, queues them for sending and records them; returns the updated request. */
export async function signResults(
  identity: TrainerIdentity,
  request: OpenedRequest,
  results: readonly { competenceId: string; assessment: Assessment }[],
  now: Date = new Date(),
  relayOrigin: string = globalThis.location?.origin ?? '',
  deps: StatusDeps = defaultStatusDeps(),
  /** 'organisation': the organisation validates directly (it is the issuer, no endorsement). */
  as: 'trainer' | 'organisation' = 'trainer',
): Promise<StoredRequest> {
  const did = useAsStatusSigner(identity)
  const endorsements = as === 'trainer' ? await endorsementsInForce(did, now) : []
  const issuer: IssuerExtra =
    as === 'organisation'
      ? { kind: 'organisation' }
      : endorsements.length > 0
        ? {
            organisationDid: endorsements[0]?.organisation.did,
            endorsements: endorsements.map((e) => JSON.parse(e.json) as Record<string, unknown>),
          }
        : {}
  const scratch = new TrainerOutbox()
  const outcomes = await validateCompetences(
    identity,
    { capabilities: request.capabilities, shareDoc: request.shareDoc },
    results,
    scratch,
    now,
    relayOrigin ? () => allocateStatusEntry(did, relayOrigin, deps) : undefined,
    issuer,
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
      inbox,
      text: message.text,
      signedAt: now.toISOString(),
    })
    signed.push({
      competenceId: o.competenceId,
      credentialId: o.credentialId,
      messageId: message.messageId,
      status: result.assessment.status,
      signedAt: now.toISOString(),
      ...(o.status
        ? { statusList: { url: o.status.statusListCredential, index: o.status.statusListIndex } }
        : {}),
    })
  }
  const stored = await recordSigned(request, signed)
  await addToOutbox(entries)
  // A list made for these credentials is published now, so that they can be checked at once.
  kickStatusChecks()
  return stored
}

/** Lets the status runtime publish this trainer's pending list with its key; returns its did:key. */
export function useAsStatusSigner(identity: TrainerIdentity) {
  const did = keyInfo(identity.keys.publicKey).did
  addStatusKey(did, identity.keys)
  return did
}

/** The withdrawal entry of a signed result, rebuilt from what the request kept. */
export const statusEntryOf = (r: SignedResult): StatusEntry | null =>
  r.statusList
    ? {
        id: `${r.statusList.url}#${r.statusList.index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: r.statusList.index,
        statusListCredential: r.statusList.url,
      }
    : null

/**
 * Withdraws a credential the trainer signed (a mistake, fraud): marks it on the trainer's list and
 * publishes the list; 'publish-offline' means it will be published when the network is back.
 */
export async function withdrawSigned(
  identity: TrainerIdentity,
  result: SignedResult,
  deps: StatusDeps = defaultStatusDeps(),
): Promise<Result<'published', WithdrawCode | 'not-withdrawable'>> {
  const entry = statusEntryOf(result)
  if (!entry) return fail('not-withdrawable')
  return withdrawCredential(entry, useAsStatusSigner(identity), identity.keys, deps)
}

/** Withdraws one result from the history and remembers why; pending publication is not a failure. */
export async function withdrawResult(
  identity: TrainerIdentity,
  item: SignedResult,
  reason: 'mistake' | 'fraud',
  deps: StatusDeps = defaultStatusDeps(),
): Promise<Result<'published' | 'pending', WithdrawCode | 'not-withdrawable'>> {
  const r = await withdrawSigned(identity, item, deps)
  if (!r.ok && r.code !== 'publish-offline') return r
  await markWithdrawn(new Set([item.credentialId]), reason, deps.now())
  if (!r.ok) kickStatusChecks()
  return ok(r.ok ? 'published' : 'pending')
}

/** "My key is lost": withdraws everything this key signed (its whole list) and marks the history. */
export async function withdrawEverything(
  identity: TrainerIdentity,
  deps: StatusDeps = defaultStatusDeps(),
): Promise<Result<'published' | 'pending', WithdrawCode>> {
  const did = useAsStatusSigner(identity)
  const r = await withdrawAllOfKey(did, identity.keys, deps)
  if (!r.ok && r.code !== 'publish-offline') return r
  const url = (await ownStatusList(did, deps))?.state.url
  const mine = (await listSignedResults()).filter((s) => s.statusList && s.statusList.url === url)
  await markWithdrawn(new Set(mine.map((s) => s.credentialId)), 'key-lost', deps.now())
  if (!r.ok) kickStatusChecks()
  return ok(r.ok ? 'published' : 'pending')
}

/** Whether this issuer's withdrawals wait for the network (its list not yet on the relay). */
export async function withdrawalsPending(
  identity: { keys: { publicKey: Uint8Array } },
  deps: StatusDeps = defaultStatusDeps(),
): Promise<boolean> {
  return (await ownStatusList(keyInfo(identity.keys.publicKey).did, deps))?.pending ?? false
}
