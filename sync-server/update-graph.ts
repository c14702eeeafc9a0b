// The references of an update's new items, checked as a graph before Y.applyUpdate sees them.
// Yjs integrates a struct once its left/right neighbours and parent exist; it finds them by id
// and trusts that they do. An item that references itself, a later clock of its own client, a
// clock nobody has, or a cycle through other clients makes Y.applyUpdate throw midway or
// recurse until the stack overflows. Here every reference is resolved once (a binary search in
// its client's structs, in the update or in the room), the dependencies (references plus the
// previous struct of the same client) are walked depth-first without recursion to find cycles,
// and, in dependency order, each item learns where it will land (the parent type and key it
// inherits from its neighbour, as Item.getMissing does), so the append rule and the nesting
// depth are decided without walking neighbour chains.
import * as Y from 'yjs'
import { ENVELOPE_ARRAY } from '../src/protocol/envelope.ts'
import { ContentRef, type Decoded, Kind, type Rec } from './update-decode.ts'

/** Deepest nesting of types an update may create (Yjs deletes nested types recursively). */
export const MAX_TYPE_DEPTH = 32

type Work = { steps: number }
/** Where a referenced struct lands: a GC, or an item of a type at a depth (or a type item itself). */
type Landing = {
  gc: boolean
  root: string | null
  depth: number
  sub: string | null
  type: boolean
  deleted: boolean
}

const GC_LANDING: Landing = { gc: true, root: null, depth: 0, sub: null, type: false, deleted: false }

function findRec(list: Rec[] | undefined, clock: number): Rec | undefined {
  if (!list) return undefined
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const r = list[mid] as Rec
    if (clock < r.clock) hi = mid - 1
    else if (clock >= r.clock + r.length) lo = mid + 1
    else return r.kind === Kind.Skip ? undefined : r
  }
  return undefined
}

function roomLanding(doc: Y.Doc, client: number, clock: number, work: Work): Landing | 'malformed' {
  const s = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC
  if (!(s instanceof Y.Item)) return GC_LANDING
  let t = s.parent as Y.AbstractType<unknown> | null
  if (t === null || typeof t !== 'object') return GC_LANDING
  let depth = 0
  while (t._item !== null) {
    work.steps++
    if (++depth > MAX_TYPE_DEPTH) return 'malformed'
    t = t._item.parent as Y.AbstractType<unknown>
  }
  const root = t === doc.share.get(ENVELOPE_ARRAY) ? ENVELOPE_ARRAY : ''
  return {
    gc: false,
    root,
    depth,
    sub: s.parentSub,
    type: s.content instanceof Y.ContentType,
    deleted: s.content instanceof Y.ContentDeleted,
  }
}

function recLanding(r: Rec): Landing {
  if (r.kind === Kind.GC || r.landsGc) return GC_LANDING
  return {
    gc: false,
    root: r.landsRoot,
    depth: r.landsDepth,
    sub: r.landsSub,
    type: r.content === ContentRef.type,
    deleted: r.content === ContentRef.deleted,
  }
}

/**
 * What the checks of one update share. Plain functions over it rather than closures: under tsx
 * every closure created per call also costs a defineProperty for its name, a measurable share of
 * checking the one-item updates honest clients send.
 */
interface Graph {
  doc: Y.Doc
  decoded: Decoded
  /** Clock each client of the update reaches once it is applied. */
  known: Map<number, number>
  /** Previous struct of the same client in the update. */
  prevOf: Map<Rec, Rec>
  work: Work
}

function knownOf(g: Graph, client: number): number {
  return g.known.get(client) ?? Y.getState(g.doc.store, client)
}

/** A reference of `rec`: the update struct it points to, 'room', or why it is refused. */
function resolve(
  g: Graph,
  rec: Rec,
  client: number,
  clock: number,
): Rec | 'room' | 'malformed' | 'missing-deps' {
  g.work.steps++
  if (client === rec.client && clock >= rec.clock) return 'malformed'
  if (clock >= knownOf(g, client)) return 'missing-deps'
  if (clock < Y.getState(g.doc.store, client)) return 'room'
  return findRec(g.decoded.byClient.get(client), clock) ?? 'missing-deps'
}

/** Resolves every reference of `rec` (origin, right origin, parent id); the first refusal, else null. */
function checkRefs(g: Graph, rec: Rec): 'malformed' | 'missing-deps' | null {
  if (rec.kind !== Kind.Item) return null
  let target: ReturnType<typeof resolve>
  if (rec.originClient >= 0) {
    target = resolve(g, rec, rec.originClient, rec.originClock)
    if (target === 'malformed' || target === 'missing-deps') return target
  }
  if (rec.rightClient >= 0) {
    target = resolve(g, rec, rec.rightClient, rec.rightClock)
    if (target === 'malformed' || target === 'missing-deps') return target
  }
  if (rec.parentClient >= 0) {
    target = resolve(g, rec, rec.parentClient, rec.parentClock)
    if (target === 'malformed' || target === 'missing-deps') return target
  }
  return null
}

/** What `rec` depends on within the update: its previous struct, then the structs it references. */
function depsOf(g: Graph, rec: Rec): Rec[] {
  const deps: Rec[] = []
  const prev = g.prevOf.get(rec)
  if (prev) deps.push(prev)
  if (rec.kind !== Kind.Item) return deps
  let target: ReturnType<typeof resolve>
  if (rec.originClient >= 0) {
    target = resolve(g, rec, rec.originClient, rec.originClock)
    if (typeof target === 'object') deps.push(target)
  }
  if (rec.rightClient >= 0) {
    target = resolve(g, rec, rec.rightClient, rec.rightClock)
    if (typeof target === 'object') deps.push(target)
  }
  if (rec.parentClient >= 0) {
    target = resolve(g, rec, rec.parentClient, rec.parentClock)
    if (typeof target === 'object') deps.push(target)
  }
  return deps
}

function landingOf(g: Graph, rec: Rec, client: number, clock: number): Landing | 'malformed' {
  const target = resolve(g, rec, client, clock)
  if (target === 'room') return roomLanding(g.doc, client, clock, g.work)
  if (typeof target === 'string') return 'malformed' // checked before the walk
  return recLanding(target)
}

/** Where `rec` lands, once everything it references has landed (Item.getMissing's rules). */
function land(g: Graph, rec: Rec): 'ok' | 'malformed' {
  if (rec.kind === Kind.GC) {
    rec.landsGc = true
    return 'ok'
  }
  if (rec.originClient >= 0 || rec.rightClient >= 0) {
    const left = rec.originClient >= 0 ? landingOf(g, rec, rec.originClient, rec.originClock) : null
    const right = rec.rightClient >= 0 ? landingOf(g, rec, rec.rightClient, rec.rightClock) : null
    if (left === 'malformed' || right === 'malformed') return 'malformed'
    const from = (left ?? right) as Landing
    rec.landsGc = (left?.gc ?? false) || (right?.gc ?? false)
    rec.landsRoot = from.root
    rec.landsDepth = from.depth
    rec.landsSub = from.sub
  } else if (rec.parentName !== null) {
    rec.landsRoot = rec.parentName
    rec.landsSub = rec.parentSub
  } else {
    const parent = landingOf(g, rec, rec.parentClient, rec.parentClock)
    if (parent === 'malformed') return 'malformed'
    if (parent.gc || parent.deleted) rec.landsGc = true
    else if (!parent.type) return 'malformed'
    rec.landsRoot = parent.root
    rec.landsDepth = parent.depth + 1
    rec.landsSub = rec.parentSub
  }
  return rec.landsDepth > MAX_TYPE_DEPTH ? 'malformed' : 'ok'
}

type Frame = { rec: Rec; deps: Rec[]; next: number }

/**
 * Resolves and checks every reference of the update's structs, known ones included (Yjs asks
 * them for their dependencies too before skipping them); sets where each lands.
 * 'missing-deps' when one points where neither the room nor the update has anything,
 * 'malformed' for self/forward references, cycles and nesting beyond MAX_TYPE_DEPTH.
 */
export function linkReferences(
  doc: Y.Doc,
  decoded: Decoded,
  structs: Rec[],
  work: Work,
): 'ok' | 'malformed' | 'missing-deps' {
  const g: Graph = { doc, decoded, known: new Map(), prevOf: new Map(), work }
  for (const [client, list] of decoded.byClient) {
    let end = Y.getState(doc.store, client)
    let prev: Rec | null = null
    for (const rec of list) {
      if (rec.kind === Kind.Skip) continue
      if (rec.clock > end) return 'missing-deps'
      end = Math.max(end, rec.clock + rec.length)
      if (prev) g.prevOf.set(rec, prev)
      prev = rec
    }
    g.known.set(client, end)
  }
  for (const r of decoded.deletes)
    if (r.len > 0 && r.clock + r.len > knownOf(g, r.client)) return 'missing-deps'
  for (const rec of structs) {
    const refused = checkRefs(g, rec)
    if (refused) return refused
  }
  // Depth-first walk over the dependencies, without recursion; grey = on the path (a cycle).
  const stack: Frame[] = []
  for (const start of structs) {
    if (start.mark !== 0) continue
    start.mark = 1
    stack.push({ rec: start, deps: depsOf(g, start), next: 0 })
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Frame
      if (top.next < top.deps.length) {
        const dep = top.deps[top.next++] as Rec
        work.steps++
        if (dep.mark === 1) return 'malformed'
        if (dep.mark === 0) {
          dep.mark = 1
          stack.push({ rec: dep, deps: depsOf(g, dep), next: 0 })
        }
        continue
      }
      stack.pop()
      top.rec.mark = 2
      if (land(g, top.rec) === 'malformed') return 'malformed'
    }
  }
  return 'ok'
}
