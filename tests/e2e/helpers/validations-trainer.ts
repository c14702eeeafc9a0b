// The trainer's side of scenario 3 run in Node with the app's real code against the app server's
// relay: open the request link (read the shared competences, append to the inbox), sign assessments
// with validateCompetences and deliver them through the outbox; also raw appends (a tampered
// credential, garbage) with the same append token, as anyone holding the link could do.
import WebSocket from 'ws'
import * as Y from 'yjs'
import { listItems } from '../../../src/booklet/read.ts'
import type { Assessment } from '../../../src/credential/index.ts'
import { createTrainerIdentity, type TrainerIdentity } from '../../../src/features/trainer/identity.ts'
import { TrainerOutbox, validateCompetences } from '../../../src/features/trainer/signing/validate.ts'
import { parseRequestLink, type RequestCapabilities } from '../../../src/features/validations/request.ts'
import { inboxMessages } from '../../../src/protocol/inbox.ts'
import { SealedRoom } from '../../../src/transport/sealed-room.ts'
import { until } from './app.ts'

/** A trainer connected to one request. */
export type TrainerSession = {
  identity: TrainerIdentity
  caps: RequestCapabilities
  shareDoc: Y.Doc
  inboxDoc: Y.Doc
  /** Competence labels → ids, as the trainer reads them. */
  competences: Map<string, string>
  /** Signs one assessment per competence label and waits until the inbox has them. */
  validate(results: { label: string; assessment: Assessment }[]): Promise<void>
  /** Appends raw message texts to the inbox (as anyone with the append token could). */
  append(texts: string[]): Promise<void>
  close(): void
}

const room = (origin: string, cap: RequestCapabilities['share'], role: 'read' | 'append', doc: Y.Doc) =>
  new SealedRoom({
    serverUrl: origin,
    roomId: cap.roomId,
    token: cap.token,
    roomKey: cap.roomKey,
    doc,
    role,
    WebSocketPolyfill: WebSocket,
    batchMs: 20,
    minBackoffMs: 50,
    maxBackoffMs: 500,
  })

/** Opens a request link as the trainer, once `count` competences can be read. */
export async function openAsTrainer(origin: string, link: string, count: number): Promise<TrainerSession> {
  const caps = parseRequestLink(link)
  if (!caps) throw new Error(`not a request link: ${link}`)
  const made = createTrainerIdentity('M. Lambert', 'CISP Le Chantier')
  if (!made.ok) throw new Error(made.code)
  const identity = made.value
  const shareDoc = new Y.Doc()
  const shareRoom = room(origin, caps.share, 'read', shareDoc)
  await until(
    'the trainer reads the competences',
    async () => listItems(shareDoc, 'competences').items.length === count,
    45_000,
  )
  const competences = new Map(listItems(shareDoc, 'competences').items.map((c) => [c.label, c.id as string]))
  const inboxDoc = new Y.Doc()
  const inboxRoom = room(origin, caps.inbox, 'append', inboxDoc)
  await until('the trainer joins the inbox', async () => inboxRoom.status.status === 'synced', 45_000)
  const outbox = new TrainerOutbox()
  const detach = outbox.attach(inboxRoom, caps.inbox.roomId, inboxDoc)
  return {
    identity,
    caps,
    shareDoc,
    inboxDoc,
    competences,
    async validate(results) {
      const out = await validateCompetences(
        identity,
        { capabilities: caps, shareDoc },
        results.map((r) => ({ competenceId: competences.get(r.label) ?? r.label, assessment: r.assessment })),
        outbox,
      )
      if (!out.every((o) => o.ok)) throw new Error(`not signed: ${JSON.stringify(out)}`)
      // The outbox delivers when the room is synced (at once here); the relay has it after a flush.
      outbox.deliver(caps.inbox.roomId, inboxDoc)
      await inboxRoom.flush()
      await until('the outbox is empty', async () => outbox.pending.length === 0)
    },
    async append(texts) {
      inboxMessages(inboxDoc).push(texts)
      await inboxRoom.flush()
    },
    close() {
      detach()
      shareRoom.destroy()
      inboxRoom.destroy()
    },
  }
}
