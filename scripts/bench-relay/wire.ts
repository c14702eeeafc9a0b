// Wire helpers of the relay benchmark's load generator. Two framings speak the same Yjs
// sync protocol: plain y-websocket (this relay and @y/websocket-server: one room per
// socket, messages start with the message type) and Hocuspocus (every message starts with
// the document name, and the socket authenticates each document first).
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** Which framing a server speaks. */
export type Flavour = 'plain' | 'hocuspocus'

const MESSAGE_SYNC = 0
const MESSAGE_AUTH = 2
const HOCUSPOCUS_SYNC_REPLY = 4
const SYNC_STEP1 = 0
const SYNC_STEP2 = 1
const SYNC_UPDATE = 2
const AUTH_TOKEN = 0

/** What a received message means to the load generator. */
export type Incoming =
  | { kind: 'step1' }
  | { kind: 'step2'; bytes: number }
  | { kind: 'update'; client: number; clock: number }
  | { kind: 'other' }

function header(flavour: Flavour, room: string, type: number): encoding.Encoder {
  const encoder = encoding.createEncoder()
  if (flavour === 'hocuspocus') encoding.writeVarString(encoder, room)
  encoding.writeVarUint(encoder, type)
  return encoder
}

/** The first messages a client sends on open (Hocuspocus: auth, then sync step 1). */
export function openingMessages(flavour: Flavour, room: string): Uint8Array[] {
  const step1 = header(flavour, room, MESSAGE_SYNC)
  encoding.writeVarUint(step1, SYNC_STEP1)
  encoding.writeVarUint8Array(step1, new Uint8Array([0])) // empty state vector
  if (flavour === 'plain') return [encoding.toUint8Array(step1)]
  const auth = header(flavour, room, MESSAGE_AUTH)
  encoding.writeVarUint(auth, AUTH_TOKEN)
  encoding.writeVarString(auth, 'bench')
  return [encoding.toUint8Array(auth), encoding.toUint8Array(step1)]
}

/** The reply to a server's sync step 1: an empty sync step 2 (the client has nothing new). */
export function emptyStep2(flavour: Flavour, room: string): Uint8Array {
  const encoder = header(flavour, room, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, SYNC_STEP2)
  encoding.writeVarUint8Array(encoder, new Uint8Array([0, 0]))
  return encoding.toUint8Array(encoder)
}

/** A sync update message carrying `update`. */
export function updateMessage(flavour: Flavour, room: string, update: Uint8Array): Uint8Array {
  const encoder = header(flavour, room, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, SYNC_UPDATE)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** Reads the first struct's client id and clock of a v1 update (which update it is). */
function firstStructId(decoder: decoding.Decoder): { client: number; clock: number } {
  const length = decoding.readVarUint(decoder)
  const start = decoder.pos
  const groups = decoding.readVarUint(decoder)
  if (groups === 0 || decoder.pos >= start + length) return { client: -1, clock: -1 }
  decoding.readVarUint(decoder) // structs in the group
  const client = decoding.readVarUint(decoder)
  const clock = decoding.readVarUint(decoder)
  return { client, clock }
}

/** Classifies a received message from its first bytes (`length`: its whole size). */
export function readIncoming(flavour: Flavour, data: Uint8Array, length = data.length): Incoming {
  try {
    const decoder = decoding.createDecoder(data)
    if (flavour === 'hocuspocus') decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    if (type !== MESSAGE_SYNC && type !== HOCUSPOCUS_SYNC_REPLY) return { kind: 'other' }
    const sub = decoding.readVarUint(decoder)
    if (sub === SYNC_STEP1) return { kind: 'step1' }
    if (sub === SYNC_STEP2) return { kind: 'step2', bytes: length }
    if (sub === SYNC_UPDATE) return { kind: 'update', ...firstStructId(decoder) }
    return { kind: 'other' }
  } catch {
    return { kind: 'other' }
  }
}

const CONTENT_BINARY = 3
const HAS_ORIGIN = 0x80

/**
 * The v1 update a Y.Doc with `clientID = client` produces when it pushes `content` onto its
 * root array `entries` holding `clock` items of its own (and nothing else): encoded by hand
 * because a thousand Y.Docs would cost the load generator more CPU than the server it
 * measures. Checked against Yjs by `checkEntryUpdate`.
 */
export function encodeEntryUpdate(client: number, clock: number, content: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // one client
  encoding.writeVarUint(encoder, 1) // one struct
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, clock)
  if (clock === 0) {
    encoding.writeUint8(encoder, CONTENT_BINARY)
    encoding.writeVarUint(encoder, 1) // parent is a root type, by name
    encoding.writeVarString(encoder, 'entries')
  } else {
    encoding.writeUint8(encoder, HAS_ORIGIN | CONTENT_BINARY)
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, clock - 1)
  }
  encoding.writeVarUint8Array(encoder, content)
  encoding.writeVarUint(encoder, 0) // empty delete set
  return encoding.toUint8Array(encoder)
}
