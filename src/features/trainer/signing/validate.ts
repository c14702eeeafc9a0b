// Validating (trainer side, issue 5 §3): each assessment is signed into a credential on the device,
// queued in an outbox, and appended to the holder's inbox when its room is connected. Offline the
// trainer signs now; the outbox (in memory, serialisable with toJSON/fromJSON so the app can keep it)
// delivers once the inbox room reports 'synced'. Delivery = appended to the inbox's plain doc, which
// the SealedRoom seals and sends (it re-sends on reconnect while the app runs). Duplicates are
// harmless: the holder keeps one validation per credential id. Trainer mode only (credential module).
import * as v from 'valibot'
import type * as Y from 'yjs'
import { getItem } from '../../../booklet/index.ts'
import type { Assessment } from '../../../credential/index.ts'
import { type CredentialIssuer, issueCredential, type StatusEntry } from '../../../credential/index.ts'
import { jsonValue } from '../../../domain/index.ts'
import { credentialMessage, inboxMessages, parseInboxMessage } from '../../../protocol/index.ts'
import type { SealedRoom } from '../../../transport/index.ts'
import type { RequestCapabilities } from '../../validations/index.ts'
import type { TrainerIdentity } from '../index.ts'

/** One competence's result as the trainer enters it. */
export type CompetenceResult = { competenceId: string; assessment: Assessment }

/** A message waiting for its inbox. */
export type OutboxEntry = { roomId: string; text: string }

const OutboxSchema = v.object({
  v: v.literal(1),
  entries: v.array(v.object({ roomId: v.string(), text: v.string() })),
})

/** Messages signed but not yet handed to their inbox room. */
export class TrainerOutbox {
  private entries: OutboxEntry[] = []
  private readonly onChange: ((json: string) => void) | undefined

  /** `onChange` receives the serialised outbox after each change (to persist it). */
  constructor(entries: OutboxEntry[] = [], onChange?: (json: string) => void) {
    this.entries = [...entries]
    this.onChange = onChange
  }

  /** Restores an outbox saved with toJSON; entries that are not valid messages are dropped. */
  static fromJSON(text: string, onChange?: (json: string) => void): TrainerOutbox {
    const r = v.safeParse(OutboxSchema, jsonValue(text))
    const entries = r.success ? r.output.entries.filter((e) => parseInboxMessage(e.text).ok) : []
    return new TrainerOutbox(entries, onChange)
  }

  /** Pending entries (a copy). */
  get pending(): readonly OutboxEntry[] {
    return [...this.entries]
  }

  /** The outbox as JSON text. */
  toJSON(): string {
    return JSON.stringify({ v: 1, entries: this.entries })
  }

  /** Queues a message text for a room. */
  enqueue(roomId: string, text: string): void {
    this.entries.push({ roomId, text })
    this.onChange?.(this.toJSON())
  }

  /** Appends the room's pending messages to its inbox doc; returns how many. */
  deliver(roomId: string, inboxDoc: Y.Doc): number {
    const mine = this.entries.filter((e) => e.roomId === roomId)
    if (mine.length === 0) return 0
    inboxMessages(inboxDoc).push(mine.map((e) => e.text))
    this.entries = this.entries.filter((e) => e.roomId !== roomId)
    this.onChange?.(this.toJSON())
    return mine.length
  }

  /** Delivers now if the room is synced, and again each time it becomes synced; returns the detach. */
  attach(room: SealedRoom, roomId: string, inboxDoc: Y.Doc): () => void {
    if (room.status.status === 'synced') this.deliver(roomId, inboxDoc)
    return room.on('status', (s) => {
      if (s.status === 'synced') this.deliver(roomId, inboxDoc)
    })
  }
}

/** Outcome per result: queued (with the credential id) or why not. */
export type ValidateOutcome =
  | { competenceId: string; ok: true; credentialId: string; status?: StatusEntry }
  | { competenceId: string; ok: false; code: 'unknown-competence' }

/** What a credential says of its issuer beyond name and organisation. */
export type IssuerExtra = Pick<CredentialIssuer, 'kind' | 'organisationDid' | 'endorsements'>

/** Signs one credential per result about a competence of the shared doc and queues it for the inbox. */
export const validateCompetences = async (
  identity: TrainerIdentity,
  request: { capabilities: RequestCapabilities; shareDoc: Y.Doc },
  results: readonly CompetenceResult[],
  outbox: TrainerOutbox,
  now: Date = new Date(),
  /** Gives each credential its withdrawal entry (features/status); none: not withdrawable. */
  statusFor?: () => Promise<StatusEntry | null>,
  /** An organisation signing itself, or a trainer's endorsements (carried in every credential). */
  issuer: IssuerExtra = {},
): Promise<ValidateOutcome[]> => {
  const out: ValidateOutcome[] = []
  for (const { competenceId, assessment } of results) {
    const c = getItem(request.shareDoc, 'competences', competenceId)
    if (!c) {
      out.push({ competenceId, ok: false, code: 'unknown-competence' })
      continue
    }
    const credential = await issueCredential({
      trainer: { name: identity.name, organisation: identity.organisation, ...issuer },
      keys: identity.keys,
      holderIdentifier: request.capabilities.holderRef,
      competence: { id: c.id, label: c.label, family: c.family, alignment: c.alignment, esco: c.esco },
      assessment,
      status: (await statusFor?.()) ?? undefined,
      now,
    })
    const message = credentialMessage(credential as unknown as Record<string, unknown>, now)
    outbox.enqueue(request.capabilities.inbox.roomId, JSON.stringify(message))
    const status = credential.credentialStatus as StatusEntry | undefined
    out.push({ competenceId, ok: true, credentialId: credential.id, ...(status ? { status } : {}) })
  }
  return out
}
