// Role checks on incoming Yjs updates, done on the decoded update before anything is applied,
// in time linear in the update (times log n for lookups) and within a struct budget.
//
// "Changes" are what the room does not have yet: structs beyond the room's state for their
// client, and deleted ranges the room has not deleted. An up-to-date read client's
// sync-step-2 re-sends the room's whole delete set (Yjs always includes it), so a delete set
// is judged against the room, not by being empty.
//   every role → the update decodes (update-decode.ts), within the struct budget, and every
//            reference of a struct (origin, right origin, parent) points strictly before the
//            item in its own client, to the room, or to another struct of the update, without
//            cycles: what Y.applyUpdate could throw on or recurse through is refused first.
//   read   → any change is refused.
//   append → no new deletions; every new struct is an Item without parentSub, with binary or
//            any content, that lands in the root 'entries' array (explicitly, or through the
//            item it was inserted next to, in the update or in the room).
//   write  → anything structurally sound. Updates with no change are not stored or relayed.
// The client ids an append update writes under are returned for the ownership rule (apply-update.ts).
import * as Y from 'yjs'
import { ENVELOPE_ARRAY } from '../src/protocol/envelope.ts'
import type { Role } from '../src/protocol/token.ts'
import type { ClientClaim } from './storage/types.ts'
import { ContentRef, type Decoded, decodeUpdate, Kind, type Rec } from './update-decode.ts'
import { linkReferences } from './update-graph.ts'

/** Outcome of checking an update against a role. */
export type UpdateCheck =
  | 'no-change'
  | 'accept'
  | 'forbidden'
  | 'malformed'
  | 'missing-deps'
  | 'too-many-structs'

/** Default struct budget of one update (structs + clients + delete ranges). */
export const DEFAULT_MAX_STRUCTS = 20_000

export type { ClientClaim }

/** The verdict with the work it took (steps: struct reads, lookups and graph edges) and the clients written. */
export interface CheckOutcome {
  verdict: UpdateCheck
  steps: number
  structs: number
  claims: readonly ClientClaim[]
}

/** Whether every id in [clock, clock+len) of `client` is already deleted in the room; counts steps. */
function alreadyDeleted(
  doc: Y.Doc,
  client: number,
  clock: number,
  len: number,
  work: { steps: number },
): boolean {
  if (len <= 0) return true
  const structs = doc.store.clients.get(client)
  if (!structs || clock + len > Y.getState(doc.store, client)) return false
  let i = Y.findIndexSS(structs, clock)
  const end = clock + len
  for (; i < structs.length; i++) {
    work.steps++
    const s = structs[i] as Y.Item | Y.GC
    if (s.id.clock >= end) break
    if (!s.deleted) return false
  }
  return true
}

function appendAllowed(rec: Rec): boolean {
  if (rec.kind !== Kind.Item || rec.parentSub !== null) return false
  if (rec.content !== ContentRef.binary && rec.content !== ContentRef.any) return false
  if (rec.landsGc) return true // a GC neighbour turns the new item into GC on integration: harmless
  return rec.landsRoot === ENVELOPE_ARRAY && rec.landsDepth === 0 && rec.landsSub === null
}

const NO_CLAIMS: readonly ClientClaim[] = Object.freeze([])

/** Checks `update` from a socket with `role` against the room `doc`, spending at most `maxStructs` struct reads. */
export function inspectUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  role: Role,
  maxStructs = DEFAULT_MAX_STRUCTS,
): CheckOutcome {
  const decoded: Decoded | 'malformed' | 'too-many-structs' = decodeUpdate(update, maxStructs)
  if (typeof decoded === 'string')
    return { verdict: decoded, steps: maxStructs, structs: 0, claims: NO_CLAIMS }
  const work = { steps: decoded.structs }
  const verdict = judge(doc, decoded, role, work)
  return {
    verdict: typeof verdict === 'string' ? verdict : 'accept',
    steps: work.steps,
    structs: decoded.structs,
    claims: typeof verdict === 'string' ? NO_CLAIMS : verdict,
  }
}

/** The verdict on a decoded update; an accepted one gives the client ids it writes under (none for write). */
function judge(
  doc: Y.Doc,
  decoded: Decoded,
  role: Role,
  work: { steps: number },
): UpdateCheck | readonly ClientClaim[] {
  const fresh: Rec[] = []
  const all: Rec[] = []
  for (const [client, list] of decoded.byClient) {
    const known = Y.getState(doc.store, client)
    for (const rec of list) {
      if (rec.kind === Kind.Skip) continue
      all.push(rec)
      if (rec.clock + rec.length > known) fresh.push(rec)
    }
  }
  let newDeletes = false
  for (const r of decoded.deletes) {
    if (!alreadyDeleted(doc, r.client, r.clock, r.len, work)) {
      newDeletes = true
      break
    }
  }
  if (fresh.length === 0 && !newDeletes) return 'no-change'
  if (role === 'read') return 'forbidden'
  const linked = linkReferences(doc, decoded, all, work)
  if (linked !== 'ok') return linked
  if (role === 'write') return NO_CLAIMS
  if (newDeletes) return 'forbidden'
  const claims = new Map<number, ClientClaim>()
  for (const rec of fresh) {
    if (!appendAllowed(rec)) return 'forbidden'
    if (!claims.has(rec.client))
      claims.set(rec.client, { client: rec.client, isNew: Y.getState(doc.store, rec.client) === 0 })
  }
  return [...claims.values()]
}

/** Decides whether `update` from a socket with `role` may be applied to the room `doc`. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, role: Role, maxStructs?: number): UpdateCheck {
  return inspectUpdate(doc, update, role, maxStructs).verdict
}
