// Reads a Yjs update (format v1) into flat records without building Yjs structs, stopping as
// soon as the struct budget is spent, so a hostile frame costs at most `maxStructs` records
// however it is shaped. Only what the role checks need is kept (ids, references, parent,
// content kind and length); contents are skipped, but read as Yjs would read them, so that
// anything Y.applyUpdate would throw on while decoding (unknown content or type refs, invalid
// JSON, zero-length items) is refused here as malformed. Layout: yjs `src/utils/encoding.js`
// (readClientsStructRefs, readDeleteSet) and `src/structs/Item.js` (readItemContent).
import * as decoding from 'lib0/decoding'

/** Kinds of struct. */
export const Kind = { GC: 0, Item: 1, Skip: 2 } as const

/** Content refs of Yjs items (1 deleted … 9 doc). */
export const ContentRef = {
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
}

/** Largest clock accepted (honest clocks stay far below; beyond it clock arithmetic is unsafe). */
export const MAX_CLOCK = 2 ** 40

/** One decoded struct; references are -1 when absent. */
export interface Rec {
  kind: number
  client: number
  clock: number
  length: number
  content: number
  originClient: number
  originClock: number
  rightClient: number
  rightClock: number
  /** Root type name when the parent is written as a name, else null. */
  parentName: string | null
  parentClient: number
  parentClock: number
  parentSub: string | null
  /** Depth-first search colour (0 new, 1 on the stack, 2 done), set by the checker. */
  mark: number
  /** Where the item lands once integrated, set by the checker: a GC, or a type at a nesting depth. */
  landsGc: boolean
  landsRoot: string | null
  landsDepth: number
  landsSub: string | null
}

/** A decoded update: structs grouped by client (each group contiguous in clocks), and the delete set. */
export interface Decoded {
  byClient: Map<number, Rec[]>
  structs: number
  deletes: { client: number; clock: number; len: number }[]
}

/** Why decoding stopped. */
export type DecodeFailure = 'malformed' | 'too-many-structs'

function skipContent(d: decoding.Decoder, ref: number): number {
  switch (ref) {
    case ContentRef.deleted:
      return decoding.readVarUint(d)
    case ContentRef.json: {
      const n = decoding.readVarUint(d)
      for (let i = 0; i < n; i++) {
        const s = decoding.readVarString(d)
        if (s !== 'undefined') JSON.parse(s)
      }
      return n
    }
    case ContentRef.binary:
      decoding.readVarUint8Array(d)
      return 1
    case ContentRef.string:
      return decoding.readVarString(d).length
    case ContentRef.embed:
      JSON.parse(decoding.readVarString(d))
      return 1
    case ContentRef.format:
      decoding.readVarString(d)
      JSON.parse(decoding.readVarString(d))
      return 1
    case ContentRef.type: {
      const typeRef = decoding.readVarUint(d)
      if (typeRef > 6) throw new Error('unknown type ref')
      if (typeRef === 3 || typeRef === 5) decoding.readVarString(d)
      return 1
    }
    case ContentRef.any: {
      const n = decoding.readVarUint(d)
      for (let i = 0; i < n; i++) decoding.readAny(d)
      return n
    }
    case ContentRef.doc:
      decoding.readVarString(d)
      decoding.readAny(d)
      return 1
    default:
      throw new Error('unknown content ref')
  }
}

function readRec(d: decoding.Decoder, client: number, clock: number): Rec {
  const info = decoding.readUint8(d)
  const rec: Rec = {
    kind: Kind.Item,
    client,
    clock,
    length: 0,
    content: info & 31,
    originClient: -1,
    originClock: -1,
    rightClient: -1,
    rightClock: -1,
    parentName: null,
    parentClient: -1,
    parentClock: -1,
    parentSub: null,
    mark: 0,
    landsGc: false,
    landsRoot: null,
    landsDepth: 0,
    landsSub: null,
  }
  if (rec.content === 0 || rec.content === 10) {
    rec.kind = rec.content === 0 ? Kind.GC : Kind.Skip
    rec.length = decoding.readVarUint(d)
    return rec
  }
  if (info & 128) {
    rec.originClient = decoding.readVarUint(d)
    rec.originClock = decoding.readVarUint(d)
  }
  if (info & 64) {
    rec.rightClient = decoding.readVarUint(d)
    rec.rightClock = decoding.readVarUint(d)
  }
  if ((info & (128 | 64)) === 0) {
    if (decoding.readVarUint(d) === 1) rec.parentName = decoding.readVarString(d)
    else {
      rec.parentClient = decoding.readVarUint(d)
      rec.parentClock = decoding.readVarUint(d)
    }
    if (info & 32) rec.parentSub = decoding.readVarString(d)
  }
  rec.length = skipContent(d, rec.content)
  return rec
}

/**
 * Decodes `update`, spending one step per struct, client and delete range; fails with
 * 'too-many-structs' past `maxStructs` steps and 'malformed' on anything Yjs would refuse.
 */
export function decodeUpdate(update: Uint8Array, maxStructs: number): Decoded | DecodeFailure {
  // Steps are counted inline (no closure: under tsx each closure created per call costs a
  // defineProperty for its name, a measurable share of a small update's check).
  let structs = 0
  try {
    const d = decoding.createDecoder(update)
    const byClient = new Map<number, Rec[]>()
    const numClients = decoding.readVarUint(d)
    for (let c = 0; c < numClients; c++) {
      if (++structs > maxStructs) return 'too-many-structs'
      const count = decoding.readVarUint(d)
      const client = decoding.readVarUint(d)
      let clock = decoding.readVarUint(d)
      if (byClient.has(client)) return 'malformed' // Yjs would silently drop the earlier group
      const list: Rec[] = []
      byClient.set(client, list)
      for (let i = 0; i < count; i++) {
        if (++structs > maxStructs) return 'too-many-structs'
        const rec = readRec(d, client, clock)
        if (rec.length <= 0 || clock + rec.length > MAX_CLOCK) return 'malformed'
        list.push(rec)
        clock += rec.length
      }
    }
    const deletes: Decoded['deletes'] = []
    const dsClients = decoding.readVarUint(d)
    for (let c = 0; c < dsClients; c++) {
      if (++structs > maxStructs) return 'too-many-structs'
      const client = decoding.readVarUint(d)
      const ranges = decoding.readVarUint(d)
      for (let i = 0; i < ranges; i++) {
        if (++structs > maxStructs) return 'too-many-structs'
        const clock = decoding.readVarUint(d)
        const len = decoding.readVarUint(d)
        if (clock + len > MAX_CLOCK) return 'malformed'
        deletes.push({ client, clock, len })
      }
    }
    return { byClient, structs, deletes }
  } catch {
    return 'malformed' // includes a RangeError from absurdly nested `any` contents
  }
}
