// The operator's side of proposal links: the 'proposal-outbox' runtime (operator mode; started and
// stopped by the registry). Per link: the inbox room (append) where proposals go, the answers room
// (read) where the holder's decisions come from, and the device record that keeps both the proposals
// (sent or waiting) and the last answers. At start it opens the links with proposals still waiting;
// the screen opens the others; all stay open until the runtime stops, so a proposal made offline
// leaves as soon as the network is back (the shared scheduler says when).
// Decisions:
// - A proposal is saved in the record (not sent) before it is appended, so a reload keeps it; it
//   counts as sent once the room is synced and the sealed entry has been handed to the socket.
// - After each sync, kept proposals the inbox does not hold (a reload while offline lost the plain
//   doc) are appended again; the holder's app ignores a repeated proposal id.
import * as Y from 'yjs'
import { shareDecisions } from '../../booklet/index.ts'
import type { PlanProposal, PlanProposalInput, ProposalDecision } from '../../domain/index.ts'
import { createStore, type Store } from '../../lib/index.ts'
import { appendInboxMessage, proposalMessage } from '../../protocol/index.ts'
import { SealedRoom, type SealedRoomStatus, TERMINAL_CLOSE_CODES } from '../../transport/index.ts'
import { type RuntimeContext, type RuntimeStart, roomOn, roomsStatus, wakeRoom } from '../runtime/index.ts'
import {
  type ProposalCapabilities,
  parseProposalCapabilities,
  proposePlanItems,
  undelivered,
} from './links.ts'
import {
  type CapabilityRecord,
  getCapabilityRecord,
  listCapabilityRecords,
  saveCapabilityRecord,
} from './records.ts'

/** What the screen shows of one link. */
export type OutboxView = {
  record: CapabilityRecord
  capabilities: ProposalCapabilities
  status: SealedRoomStatus['status']
  /** The relay refused the link for good (withdrawn, expired): retrying cannot help. */
  closed: boolean
  /** Whether the holder's answers can be read (links with an answers room). */
  answersReadable: boolean
}

/** Observable views of the open links, by record id. */
export const outboxStore: Store<Record<string, OutboxView>> = createStore<Record<string, OutboxView>>({})

type Live = {
  record: CapabilityRecord
  capabilities: ProposalCapabilities
  inboxDoc: Y.Doc
  inbox: SealedRoom
  answersDoc?: Y.Doc
  answers?: SealedRoom
  /** Serialises record writes. */
  saving: Promise<void>
}

const live = new Map<string, Live>()
let running: RuntimeContext | undefined

const rooms = (): SealedRoom[] =>
  [...live.values()].flatMap((l) => (l.answers ? [l.inbox, l.answers] : [l.inbox]))

const publish = (l: Live): void => {
  running?.report(roomsStatus(rooms()))
  outboxStore.set({
    ...outboxStore.get(),
    [l.record.id]: {
      record: l.record,
      capabilities: l.capabilities,
      status: l.inbox.status.status,
      closed: l.inbox.status.status === 'refused' && TERMINAL_CLOSE_CODES.has(l.inbox.status.code),
      answersReadable: l.answers !== undefined,
    },
  })
}

const save = (l: Live, next: CapabilityRecord): Promise<void> => {
  l.record = next
  publish(l)
  l.saving = l.saving.then(() => saveCapabilityRecord(next)).catch(() => {})
  return l.saving
}

/** Marks as sent what is in the inbox doc while the room is synced; appends what is missing. */
const deliver = async (l: Live): Promise<void> => {
  if (l.inbox.status.status !== 'synced') return
  const waiting = l.record.proposals.filter((p) => !p.sent)
  if (waiting.length === 0) return
  for (const p of undelivered(
    l.inboxDoc,
    waiting.map((w) => w.proposal),
  ))
    appendInboxMessage(l.inboxDoc, proposalMessage(p))
  await l.inbox.flush()
  if (l.inbox.status.status !== 'synced') return
  const ids = new Set(waiting.map((w) => w.proposal.id))
  const at = new Date().toISOString()
  await save(l, {
    ...l.record,
    proposals: l.record.proposals.map((p) => (ids.has(p.proposal.id) ? { ...p, sent: true, sentAt: at } : p)),
  })
}

const readAnswers = (l: Live): void => {
  if (!l.answersDoc) return
  const outcomes: ProposalDecision[] = shareDecisions(l.answersDoc)
  if (JSON.stringify(outcomes) === JSON.stringify(l.record.outcomes)) return
  void save(l, { ...l.record, outcomes })
}

/** Opens (once) the rooms of a saved link; undefined when the record is missing or damaged, or when
 * the runtime is not running (not in operator mode). */
export async function openOutbox(id: string): Promise<OutboxView | undefined> {
  const ctx = running
  if (!ctx) return undefined
  const known = live.get(id)
  if (known) {
    publish(known)
    return outboxStore.get()[id]
  }
  const record = await getCapabilityRecord(id)
  const capabilities = record ? parseProposalCapabilities(record.fragment) : undefined
  if (!record || !capabilities || running !== ctx) return undefined
  if (live.has(id)) return outboxStore.get()[id]
  // The browser knows first when the network is gone: open nothing then; the scheduler's wake connects.
  const connect = ctx.retry.online
  const inboxDoc = new Y.Doc()
  const l: Live = {
    record,
    capabilities,
    inboxDoc,
    inbox: new SealedRoom({
      ...roomOn(ctx.net, capabilities.inbox),
      doc: inboxDoc,
      role: 'append',
      connect,
    }),
    saving: Promise.resolve(),
  }
  if (capabilities.answers) {
    const answersDoc = new Y.Doc()
    l.answersDoc = answersDoc
    l.answers = new SealedRoom({
      ...roomOn(ctx.net, capabilities.answers),
      doc: answersDoc,
      role: 'read',
      connect,
    })
    answersDoc.on('update', () => readAnswers(l))
  }
  l.inbox.on('status', () => {
    publish(l)
    void deliver(l)
  })
  live.set(id, l)
  publish(l)
  return outboxStore.get()[id]
}

/** Makes a proposal through a link: kept on the device, then sent (now, or when back online). */
export async function sendProposal(
  id: string,
  input: PlanProposalInput,
): Promise<{ ok: true; value: PlanProposal } | { ok: false; code: string }> {
  const l = live.get(id)
  if (!l) return { ok: false, code: 'not-open' }
  // Checked against a scratch doc first: nothing is kept or sent when the proposal is invalid.
  const checked = proposePlanItems(new Y.Doc(), input)
  if (!checked.ok) return checked
  const me = {
    ...(checked.value.proposedBy.name ? { name: checked.value.proposedBy.name } : {}),
    ...(checked.value.proposedBy.organisation ? { organisation: checked.value.proposedBy.organisation } : {}),
  }
  await save(l, {
    ...l.record,
    me,
    proposals: [...l.record.proposals, { proposal: checked.value, sent: false }],
  })
  appendInboxMessage(l.inboxDoc, proposalMessage(checked.value))
  await deliver(l)
  return checked
}

const closeAll = (): void => {
  for (const l of live.values()) {
    l.inbox.destroy()
    l.answers?.destroy()
    l.inboxDoc.destroy()
    l.answersDoc?.destroy()
  }
  live.clear()
  outboxStore.set({})
}

/** Starts the operator's outbox: opens the links with proposals waiting (see the top comment). */
export const startOperatorOutbox: RuntimeStart = async (ctx) => {
  closeAll()
  running = ctx
  // Gone: close the sockets at once (the status says so and new proposals wait on the device).
  const offOffline = ctx.retry.onOffline(() => {
    for (const room of rooms()) room.disconnect()
  })
  const offWake = ctx.retry.onWake(() => {
    for (const room of rooms()) wakeRoom(room)
  })
  const stop = () => {
    offOffline()
    offWake()
    if (running !== ctx) return
    running = undefined
    closeAll()
  }
  const records = await listCapabilityRecords()
  for (const r of records) if (running === ctx && r.proposals.some((p) => !p.sent)) await openOutbox(r.id)
  return stop
}
