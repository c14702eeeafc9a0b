// Helpers for the sealed-room integration and fuzz tests: a relay on a temporary data
// directory, SealedRooms over real sockets (the `ws` package as WebSocket), polling waits, and
// raw reads of every stored byte.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { ENVELOPE_ARRAY, type Role } from '../../src/protocol/index.ts'
import { createRoom, mintRoomToken, type RoomSecrets } from '../../src/transport/room-keys.ts'
import { SealedRoom, type SealedRoomOptions } from '../../src/transport/sealed-room.ts'
import { type Relay, type RelayOptions, startRelay } from '../../sync-server/server.ts'

/** A relay started by a test on a private data directory. */
export interface TestRelay {
  relay: Relay
  dataDir: string
  url: string
  port: number
  /** Closes the relay (the data directory stays). */
  stop(): Promise<void>
  /** Starts a new relay process-equivalent on the same port and data directory. */
  restart(): Promise<void>
  /** Closes the relay if running and removes the data directory. */
  dispose(): Promise<void>
}

/** Starts a relay on 127.0.0.1, port 0 (or `port`), with a fresh temporary data directory. */
export async function startTestRelay(extra: Partial<RelayOptions> = {}): Promise<TestRelay> {
  const dataDir = await mkdtemp(join(tmpdir(), 'livret-sealed-'))
  const base = { host: '127.0.0.1', dataDir, distDir: resolve('dist'), logLevel: 'warn', ...extra }
  let relay: Relay | undefined = await startRelay({ port: 0, ...base })
  const t: TestRelay = {
    relay,
    dataDir,
    url: relay.url,
    port: relay.port,
    stop: async () => {
      const running = relay
      relay = undefined
      await running?.close()
    },
    restart: async () => {
      await t.stop()
      relay = await startRelay({ ...base, port: t.port })
      t.relay = relay
    },
    dispose: async () => {
      await t.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
  return t
}

/** A sealed room opened by a test, with its plain doc and every status it went through. */
export interface TestRoom {
  room: SealedRoom
  doc: Y.Doc
  statuses: string[]
  errors: string[]
}

/** Opens a SealedRoom on `url` for `secrets` with `role` (token minted here unless given). */
export function openRoom(
  url: string,
  secrets: RoomSecrets,
  role: Role,
  options: Partial<SealedRoomOptions> = {},
): TestRoom {
  const doc = options.doc ?? new Y.Doc()
  const room = new SealedRoom({
    serverUrl: url,
    roomId: secrets.roomId,
    token: mintRoomToken(secrets.signingSecret, role, 3600).token,
    roomKey: secrets.roomKey,
    doc,
    role,
    WebSocketPolyfill: WebSocket,
    batchMs: 20,
    minBackoffMs: 50,
    maxBackoffMs: 400,
    ...options,
  })
  const t: TestRoom = { room, doc, statuses: [room.status.status], errors: [] }
  room.on('status', (s) => t.statuses.push(s.status === 'refused' ? `refused:${s.code}` : s.status))
  room.on('error', (e) => t.errors.push(e.code))
  return t
}

/** A fresh room (keys) for a test. */
export const newRoom = createRoom

/** Resolves after `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

/** Polls `check` every 10 ms; throws with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

/** Polls an asynchronous `check` every 50 ms; throws with `what` after `ms`. */
export async function untilAsync(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

/** Every file under `dir`, recursively, as bytes. */
export async function readAllFiles(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const out: { path: string; bytes: Buffer }[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out.push({ path, bytes: await readFile(path) })
  }
  return out
}

/** Which of `needles` occur in `haystack` as UTF-8 or UTF-16 (LE and BE) bytes. */
export function findPlaintext(haystack: Buffer, needles: string[]): string[] {
  const found: string[] = []
  for (const needle of needles) {
    const utf16be = Buffer.from(needle, 'utf16le').swap16()
    const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), utf16be]
    if (forms.some((form) => haystack.includes(form))) found.push(needle)
  }
  return found
}

/** A plain y-websocket client on a room's envelope doc (what a hostile token holder would use). */
export interface RawClient {
  envelope: Y.Doc
  provider: WebsocketProvider
  /** Close codes received from the relay. */
  closes: number[]
  entries: Y.Array<Uint8Array>
}

/** Connects a RawClient to `relayUrl` (http origin) without reconnecting; the caller destroys it. */
export function rawEnvelopeClient(relayUrl: string, roomId: string, token: string): RawClient {
  const envelope = new Y.Doc()
  const closes: number[] = []
  const provider = new WebsocketProvider(`${relayUrl.replace(/^http/, 'ws')}/sync`, roomId, envelope, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    shouldReconnect: () => false,
  })
  provider.awareness.setLocalState(null)
  provider.on('connection-close', (event) => event && closes.push(event.code))
  return { envelope, provider, closes, entries: envelope.getArray<Uint8Array>(ENVELOPE_ARRAY) }
}
