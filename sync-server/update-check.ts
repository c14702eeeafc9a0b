// Role checks on incoming Yjs updates, done on the decoded update before anything is applied.
//
// "Changes" are what the room does not have yet: structs beyond the room's state for their
// client, and deleted ranges the room has not deleted. An up-to-date read client's
// sync-step-2 re-sends the room's whole delete set (Yjs always includes it), so a delete set
// is judged against the room, not by being empty.
//   read   → any change is refused.
//   append → no new deletions; every new struct is an Item without parentSub, with binary or
//            any content, whose parent is the root 'entries' array (explicitly, or through the
//            item it was inserted next to, in the update or in the room).
//   write  → anything that decodes. Updates with no change are not stored or relayed at all.
import * as Y from 'yjs'
import { ENVELOPE_ARRAY } from '../src/protocol/envelope.ts'
import type { Role } from '../src/protocol/token.ts'

/** Outcome of checking an update against a role. */
export type UpdateCheck = 'no-change' | 'accept' | 'forbidden' | 'malformed' | 'missing-deps'

type Struct = Y.Item | Y.GC | Y.Skip
type DeleteSet = { clients: Map<number, { clock: number; len: number }[]> }

function stateOf(doc: Y.Doc, client: number): number {
  return Y.getState(doc.store, client)
}

/** Whether every id in [clock, clock+len) of `client` is already deleted in the room. */
function alreadyDeleted(doc: Y.Doc, client: number, clock: number, len: number): boolean {
  if (len <= 0) return true
  const structs = doc.store.clients.get(client)
  if (!structs || clock + len > stateOf(doc, client)) return false
  let i = Y.findIndexSS(structs, clock)
  const end = clock + len
  for (; i < structs.length; i++) {
    const s = structs[i] as Y.Item | Y.GC
    if (s.id.clock >= end) break
    if (!s.deleted) return false
  }
  return true
}

function findIn(structsByClient: Map<number, Struct[]>, id: Y.ID): Struct | undefined {
  const list = structsByClient.get(id.client)
  if (!list) return undefined
  for (const s of list) if (s.id.clock <= id.clock && id.clock < s.id.clock + s.length) return s
  return undefined
}

/** Whether `item` (from the update) lands in the root envelope array. */
function landsInEntries(doc: Y.Doc, item: Y.Item, inUpdate: Map<number, Struct[]>, depth: number): boolean {
  if (depth > 10_000) return false
  const parent = item.parent as unknown
  if (typeof parent === 'string') return parent === ENVELOPE_ARRAY
  if (parent !== null) return false // an ID: a nested type, never in the envelope
  const neighbour = item.origin ?? item.rightOrigin
  if (!neighbour) return false
  const local = findIn(inUpdate, neighbour)
  if (local) return local instanceof Y.Item && landsInEntries(doc, local, inUpdate, depth + 1)
  if (neighbour.clock >= stateOf(doc, neighbour.client)) return false
  const known = Y.getItem(doc.store, neighbour) as Y.Item | Y.GC
  // A GC neighbour turns the new item into GC on integration: harmless.
  if (known instanceof Y.GC) return true
  return known.parent === doc.share.get(ENVELOPE_ARRAY) && known.parentSub === null
}

/**
 * Whether applying the update would leave structs or deletions waiting for missing
 * dependencies (a gap in a client's clocks, a neighbour or parent nobody has, a deletion of
 * something that does not exist yet). A y-websocket client never sends such an update (the
 * relay stores and applies each socket's updates in order); one that does is refused before
 * anything is applied, so its garbage can neither stay in the room's memory nor force the
 * room to reload under its other clients.
 */
function hasMissingDeps(doc: Y.Doc, byClient: Map<number, Struct[]>, ds: DeleteSet): boolean {
  const known = new Map<number, number>()
  const knownOf = (client: number) => known.get(client) ?? stateOf(doc, client)
  for (const [client, list] of byClient) {
    let end = stateOf(doc, client)
    for (const s of [...list].sort((a, b) => a.id.clock - b.id.clock)) {
      if (s.id.clock > end) return true
      end = Math.max(end, s.id.clock + s.length)
    }
    known.set(client, end)
  }
  const missing = (id: Y.ID | null) => id !== null && id.clock >= knownOf(id.client)
  for (const list of byClient.values()) {
    for (const s of list) {
      if (!(s instanceof Y.Item)) continue
      if (missing(s.origin) || missing(s.rightOrigin)) return true
      const parent = s.parent as unknown
      if (parent !== null && typeof parent === 'object' && missing(parent as Y.ID)) return true
    }
  }
  for (const [client, ranges] of ds.clients) {
    for (const r of ranges) if (r.clock + r.len > knownOf(client)) return true
  }
  return false
}

/** Decides whether `update` from a socket with `role` may be applied to the room `doc`. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, role: Role): UpdateCheck {
  let decoded: { structs: Struct[]; ds: DeleteSet }
  try {
    decoded = Y.decodeUpdate(update) as unknown as { structs: Struct[]; ds: DeleteSet }
  } catch {
    return 'malformed'
  }
  const fresh: Struct[] = []
  const byClient = new Map<number, Struct[]>()
  for (const s of decoded.structs) {
    if (s instanceof Y.Skip) continue
    if (s.id.clock + s.length > stateOf(doc, s.id.client)) fresh.push(s)
    let list = byClient.get(s.id.client)
    if (!list) {
      list = []
      byClient.set(s.id.client, list)
    }
    list.push(s)
  }
  let newDeletes = false
  for (const [client, ranges] of decoded.ds.clients) {
    for (const r of ranges) {
      if (!alreadyDeleted(doc, client, r.clock, r.len)) {
        newDeletes = true
        break
      }
    }
    if (newDeletes) break
  }
  if (fresh.length === 0 && !newDeletes) return 'no-change'
  if (role === 'read') return 'forbidden'
  if (hasMissingDeps(doc, byClient, decoded.ds)) return 'missing-deps'
  if (role === 'write') return 'accept'
  if (newDeletes) return 'forbidden'
  for (const s of fresh) {
    if (!(s instanceof Y.Item) || s.parentSub !== null) return 'forbidden'
    if (!(s.content instanceof Y.ContentBinary || s.content instanceof Y.ContentAny)) return 'forbidden'
    if (!landsInEntries(doc, s, byClient, 0)) return 'forbidden'
  }
  return 'accept'
}
