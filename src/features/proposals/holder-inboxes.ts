// The holder's proposal inboxes: the 'proposal-inboxes' runtime (holder mode, needs the open booklet;
// started and stopped by the registry, so it runs whichever screen shows). Each inbox record gets two
// SealedRooms (the inbox, read with the write token; the answers room, written), an observable report
// (pending proposals, ignored messages) and the decisions copied into the answers room. Rooms
// reconnect at once when the shared scheduler says the network is back.
// Decisions: the answers doc is written only once its room has synced (a write before the first sync
// could lose to an older value of the same key); the inbox content is cached in the record (debounced)
// so pending proposals show offline too.
import * as Y from 'yjs'
import { decisionOf, type InboxReport, inboxReport, syncInboxDecisions } from '../../booklet/index.ts'
import type { PlanProposal, ProposalDecision } from '../../domain/index.ts'
import { createStore, type Store } from '../../lib/index.ts'
import { readInbox } from '../../protocol/index.ts'
import { onRecordsArrived } from '../../storage/index.ts'
import { postStatement, SealedRoom, type SealedRoomStatus } from '../../transport/index.ts'
import { type RuntimeContext, type RuntimeStart, roomOn, roomsStatus, wakeRoom } from '../runtime/index.ts'
import { createProposalInbox } from './links.ts'
import { type InboxRecord, inboxRecords, listInboxRecords, saveInboxRecord } from './records.ts'

/** One inbox as the screen shows it. */
export type InboxView = {
  record: InboxRecord
  status: SealedRoomStatus['status']
  report: InboxReport
  /** Proposals of this inbox already decided, newest decision first. */
  decided: { proposal: PlanProposal; decision: ProposalDecision }[]
  /** Decisions written to the answers room so far. */
  answered: number
}

const decidedIn = (doc: Y.Doc, inboxDoc: Y.Doc): InboxView['decided'] => {
  const out: InboxView['decided'] = []
  const seen = new Set<string>()
  for (const { message } of readInbox(inboxDoc).items) {
    if (message.type !== 'livret.proposal' || seen.has(message.proposal.id)) continue
    seen.add(message.proposal.id)
    const decision = decisionOf(doc, message.proposal.id)
    if (decision) out.push({ proposal: message.proposal, decision })
  }
  return out.sort((a, b) => b.decision.decidedAt.localeCompare(a.decision.decidedAt))
}

/** Every inbox of this device. */
export type InboxesState = { loading: boolean; inboxes: InboxView[]; damaged: number }

/** The observable state of the holder's inboxes. */
export const inboxesStore: Store<InboxesState> = createStore<InboxesState>({
  loading: true,
  inboxes: [],
  damaged: 0,
})

type Live = {
  record: InboxRecord
  inboxDoc: Y.Doc
  answersDoc: Y.Doc
  inboxRoom: SealedRoom
  answersRoom: SealedRoom
  answered: number
  cacheTimer?: ReturnType<typeof setTimeout>
}

type Runtime = { doc: Y.Doc; ctx: RuntimeContext; live: Map<string, Live>; damaged: number; stop: () => void }
let runtime: Runtime | undefined

const relayOrigin = (): string => runtime?.ctx.net.relayOrigin ?? location.origin

const publish = (): void => {
  const rt = runtime
  if (!rt) return
  rt.ctx.report(roomsStatus([...rt.live.values()].flatMap((l) => [l.inboxRoom, l.answersRoom])))
  const inboxes = [...rt.live.values()]
    .sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt))
    .map((l) => ({
      record: l.record,
      status: l.inboxRoom.status.status,
      report: inboxReport(rt.doc, l.inboxDoc),
      decided: decidedIn(rt.doc, l.inboxDoc),
      answered: l.answered,
    }))
  inboxesStore.set({ loading: false, inboxes, damaged: rt.damaged })
}

const answer = (rt: Runtime, l: Live): void => {
  if (l.answersRoom.status.status !== 'synced') return
  l.answered = syncInboxDecisions(rt.doc, l.inboxDoc, l.answersDoc)
}

const open = (rt: Runtime, record: InboxRecord): Live => {
  const inboxDoc = new Y.Doc()
  if (record.cache) Y.applyUpdate(inboxDoc, record.cache)
  const answersDoc = new Y.Doc()
  const room = (doc: Y.Doc, r: InboxRecord['inbox']) =>
    new SealedRoom({
      ...roomOn(rt.ctx.net, { roomId: r.secrets.roomId, token: r.writeToken, roomKey: r.secrets.roomKey }),
      doc,
      role: 'write',
    })
  const l: Live = {
    record,
    inboxDoc,
    answersDoc,
    inboxRoom: room(inboxDoc, record.inbox),
    answersRoom: room(answersDoc, record.answers),
    answered: 0,
  }
  inboxDoc.on('update', () => {
    answer(rt, l)
    publish()
    if (l.cacheTimer !== undefined) clearTimeout(l.cacheTimer)
    l.cacheTimer = setTimeout(() => {
      l.record = { ...l.record, cache: Y.encodeStateAsUpdate(inboxDoc) }
      void saveInboxRecord(l.record)
    }, 500)
  })
  l.inboxRoom.on('status', publish)
  l.answersRoom.on('status', () => {
    answer(rt, l)
    publish()
  })
  return l
}

const close = (l: Live): void => {
  if (l.cacheTimer !== undefined) clearTimeout(l.cacheTimer)
  l.inboxRoom.destroy()
  l.answersRoom.destroy()
  l.inboxDoc.destroy()
  l.answersDoc.destroy()
}

/** Opens the rooms of inbox records not open yet (after a creation, at start, or when one arrives
 * from another of the person's devices) and closes those whose record is gone (withdrawn there). */
export async function refreshInboxes(): Promise<void> {
  const rt = runtime
  if (!rt) return
  const { records, damaged } = await listInboxRecords()
  if (runtime !== rt) return
  rt.damaged = damaged
  for (const r of records) if (!rt.live.has(r.id)) rt.live.set(r.id, open(rt, r))
  const kept = new Set(records.map((r) => r.id))
  for (const [id, l] of rt.live)
    if (!kept.has(id)) {
      close(l)
      rt.live.delete(id)
    }
  publish()
}

// Inboxes opened or withdrawn on another of the person's devices (the household): followed here at
// once. Their decisions travel in the booklet itself (its 'meta' map, observed below).
onRecordsArrived((kinds) => {
  if (kinds.has(inboxRecords.kind)) void refreshInboxes()
})

/** Starts the inboxes of the open booklet's holder (see the top comment). */
export const startHolderInboxes: RuntimeStart = async (ctx) => {
  const doc = ctx.booklet
  if (!doc) return () => {}
  runtime?.stop()
  const meta = doc.getMap('meta')
  const onMeta = () => {
    if (runtime !== rt) return
    for (const l of rt.live.values()) answer(rt, l)
    publish()
  }
  meta.observe(onMeta)
  const offWake = ctx.retry.onWake(() => {
    for (const l of rt.live.values()) for (const room of [l.inboxRoom, l.answersRoom]) wakeRoom(room)
  })
  const rt: Runtime = {
    doc,
    ctx,
    live: new Map(),
    damaged: 0,
    stop: () => {
      offWake()
      meta.unobserve(onMeta)
      for (const l of rt.live.values()) close(l)
      rt.live.clear()
      if (runtime !== rt) return
      runtime = undefined
      inboxesStore.set({ loading: true, inboxes: [], damaged: 0 })
    },
  }
  runtime = rt
  inboxesStore.set({ loading: true, inboxes: [], damaged: 0 })
  await refreshInboxes()
  return rt.stop
}

/** Creates an inbox for a professional, saves its secrets on this device and opens it. */
export async function createInbox(professional: string, organisation: string): Promise<InboxRecord> {
  const made = createProposalInbox({ relayOrigin: relayOrigin(), professional, organisation })
  const record: InboxRecord = {
    id: made.inbox.secrets.roomId,
    professional: professional.trim(),
    ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
    link: made.link,
    createdAt: new Date().toISOString(),
    inbox: made.inbox,
    answers: made.answers,
  }
  await saveInboxRecord(record)
  await refreshInboxes()
  return record
}

/** Withdraws a professional's access: both rooms deleted on the relay, then forgotten here. Decisions
 * and accepted steps stay in the booklet. 'relay-unreachable' (or a refusal) keeps everything. */
export async function removeInbox(record: InboxRecord): Promise<{ ok: true } | { ok: false; code: string }> {
  for (const r of [record.inbox, record.answers]) {
    const done = await postStatement(relayOrigin(), r.secrets.signingSecret, {
      type: 'delete',
      room: r.secrets.roomId,
    })
    if (!done.ok && done.code !== 'room-gone') return done
  }
  const l = runtime?.live.get(record.id)
  if (l && runtime) {
    close(l)
    runtime.live.delete(record.id)
  }
  await inboxRecords.delete(record.id)
  publish()
  return { ok: true }
}

/** The inbox doc of a live inbox (tests and the screen's decisions). */
export const liveInboxDoc = (id: string): Y.Doc | undefined => runtime?.live.get(id)?.inboxDoc
