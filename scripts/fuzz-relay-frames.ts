// Frame generators for the relay fuzzer (scripts/fuzz-relay.ts): random bytes, valid
// y-websocket frames with mutated bytes, truncated varints, absurd lengths, invalid Yjs
// updates, updates with missing dependencies, oversized frames, and valid updates that break
// the socket's role, and structure-aware hostile updates (fuzz-relay-updates.ts). Deterministic
// for a seed.
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import type { Role } from '../src/protocol/index.ts'
import { makeCase } from './fuzz-relay-updates.ts'
import { Rng } from './seeded-rng.ts'

/** Kinds of frames the fuzzer sends. */
export const FRAME_KINDS = [
  'random-bytes',
  'mutated-valid',
  'truncated-varint',
  'absurd-length',
  'invalid-update',
  'missing-dependency',
  'unknown-type',
  'awareness',
  'role-breaking',
  'oversized',
  'websocket-violation',
  'hostile-structs',
  'valid',
] as const
/** A kind of fuzz frame. */
export type FrameKind = (typeof FRAME_KINDS)[number]

/** Relative frequency of each kind. */
const WEIGHTS: Record<FrameKind, number> = {
  'random-bytes': 16,
  'mutated-valid': 20,
  'truncated-varint': 8,
  'absurd-length': 8,
  'invalid-update': 12,
  'missing-dependency': 4,
  'unknown-type': 4,
  awareness: 6,
  'role-breaking': 8,
  oversized: 1,
  'websocket-violation': 2,
  'hostile-structs': 8,
  valid: 24,
}
const TOTAL_WEIGHT = Object.values(WEIGHTS).reduce((a, b) => a + b, 0)

/** Picks a frame kind by weight. */
export function pickKind(rng: Rng): FrameKind {
  let r = rng.int(TOTAL_WEIGHT)
  for (const kind of FRAME_KINDS) {
    r -= WEIGHTS[kind]
    if (r < 0) return kind
  }
  return 'valid'
}

function frame(...parts: (number | Uint8Array)[]): Uint8Array {
  const e = encoding.createEncoder()
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p)
    else encoding.writeVarUint8Array(e, p)
  }
  return encoding.toUint8Array(e)
}

/** A sync step 1 with a state vector. */
export function syncStep1(stateVector: Uint8Array): Uint8Array {
  return frame(0, 0, stateVector)
}

/** A sync update message. */
export function syncUpdate(update: Uint8Array): Uint8Array {
  return frame(0, 2, update)
}

/** An update from a fresh client pushing one entry into the root `entries` array. */
function entryPush(rng: Rng): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = 1 + rng.int(0x7fffffff)
  doc.getArray<Uint8Array>('entries').push([rng.bytes(30 + rng.int(120))])
  return Y.encodeStateAsUpdate(doc)
}

/** A valid frame for the socket's role (what a well-behaved client may send). */
function validFrame(rng: Rng, role: Role, room: Y.Doc): Uint8Array {
  const choice = rng.int(4)
  if (choice === 0 || role === 'read') return syncStep1(Y.encodeStateVector(room))
  if (choice === 1) return frame(0, 1, Y.encodeStateAsUpdate(new Y.Doc())) // empty step 2
  return syncUpdate(entryPush(rng))
}

/** A valid update that the role forbids (or, for write, a harmless odd but valid one). */
function roleBreaking(rng: Rng, role: Role, room: Y.Doc): Uint8Array {
  if (role === 'read') return syncUpdate(entryPush(rng))
  const choice = rng.int(3)
  if (choice === 0 && room.getArray('entries').length > 0) {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room))
    copy.getArray('entries').delete(rng.int(copy.getArray('entries').length), 1)
    return syncUpdate(Y.encodeStateAsUpdate(copy, Y.encodeStateVector(room)))
  }
  const doc = new Y.Doc()
  doc.clientID = 1 + rng.int(0x7fffffff)
  if (choice === 1) doc.getMap('other').set('k', rng.int(1000))
  else doc.getText('entries-text').insert(0, 'x')
  // Through step 2 as well as update: both must be checked.
  return rng.int(2) === 0 ? syncUpdate(Y.encodeStateAsUpdate(doc)) : frame(0, 1, Y.encodeStateAsUpdate(doc))
}

function mutate(rng: Rng, bytes: Uint8Array): Uint8Array {
  const out = Array.from(bytes)
  const edits = 1 + rng.int(4)
  for (let i = 0; i < edits; i++) {
    const at = rng.int(out.length + 1)
    const op = rng.int(4)
    if (op === 0 && out.length > 0) out[Math.min(at, out.length - 1)] = rng.int(256)
    else if (op === 1) out.splice(at, 0, rng.int(256))
    else if (op === 2 && out.length > 1) out.splice(Math.min(at, out.length - 1), 1)
    else out.length = Math.max(1, Math.min(out.length, at))
  }
  return Uint8Array.from(out)
}

/** Builds one frame of `kind` for a socket with `role` in a room whose state `room` mirrors. */
export function makeFrame(
  rng: Rng,
  kind: FrameKind,
  role: Role,
  room: Y.Doc,
  maxFrameBytes: number,
): Uint8Array {
  switch (kind) {
    case 'random-bytes':
      return rng.bytes(rng.int(8) === 0 ? 0 : 1 + rng.int(300))
    case 'mutated-valid':
      return mutate(rng, rng.int(2) === 0 ? validFrame(rng, 'write', room) : roleBreaking(rng, role, room))
    case 'truncated-varint': {
      const prefix = rng.pick([[], [0], [0, 0], [0, 1], [0, 2], [0, 2, 5]])
      const run = Array.from({ length: 1 + rng.int(12) }, () => 0x80 | rng.int(128))
      return Uint8Array.from([...prefix, ...run])
    }
    case 'absurd-length': {
      const e = encoding.createEncoder()
      encoding.writeVarUint(e, 0)
      encoding.writeVarUint(e, rng.int(3))
      encoding.writeVarUint(e, rng.pick([2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1, 1e9, 65_537, 2 ** 28]))
      encoding.writeUint8Array(e, rng.bytes(rng.int(40)))
      return encoding.toUint8Array(e)
    }
    case 'invalid-update':
      return rng.int(2) === 0
        ? syncUpdate(rng.bytes(1 + rng.int(200)))
        : frame(0, 1, rng.bytes(1 + rng.int(200)))
    case 'missing-dependency': {
      const doc = new Y.Doc()
      doc.clientID = 1 + rng.int(0x7fffffff)
      const arr = doc.getArray<Uint8Array>('entries')
      arr.push([rng.bytes(20)])
      const sv = Y.encodeStateVector(doc)
      // The relay holds such updates for their socket up to maxPendingBytes (the fuzzed relay's
      // is 32 KiB), then closes it with 4408: small orphans are held, a quarter pass the bound alone.
      const size = rng.int(4) === 0 ? 33 * 1024 + rng.int(20_000) : 20 + rng.int(2000)
      arr.push([rng.bytes(size)])
      return syncUpdate(Y.encodeStateAsUpdate(doc, sv))
    }
    case 'unknown-type':
      return Uint8Array.from([rng.pick([2, 3, 4, 7, 127, 200]), ...rng.bytes(rng.int(20))])
    case 'awareness':
      return frame(1, rng.bytes(rng.int(60)))
    case 'role-breaking':
      return roleBreaking(rng, role, room)
    case 'oversized':
      return syncUpdate(rng.bytes(maxFrameBytes + 1 + rng.int(1024)))
    case 'websocket-violation':
      return rng.bytes(1 + rng.int(40)) // sent as a text frame or with a reserved opcode
    case 'hostile-structs':
      // Structure-aware: self, forward and cyclic references, chains, foreign client ids.
      return syncUpdate(makeCase(new Rng(rng.int(2 ** 31))).update)
    case 'valid':
      return validFrame(rng, role, room)
  }
}
