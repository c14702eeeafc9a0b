// Helpers for the relay integration tests: an in-process relay on port 0 with a temporary
// DATA_DIR, rooms with tokens, raw WebSocket clients that record frames and close codes, and
// real y-websocket providers in Node.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { ENVELOPE_ARRAY } from '../../src/protocol/envelope.ts'
import { generateRoomKeys, type RoomId } from '../../src/protocol/ids.ts'
import { type Statement, signStatement } from '../../src/protocol/statement.ts'
import { mintToken, type Role } from '../../src/protocol/token.ts'
import type { RelayLimits } from '../../sync-server/limits.ts'
import { type Relay, startRelay } from '../../sync-server/server.ts'

/** A relay started for one test. */
export interface TestRelay {
  relay: Relay
  dataDir: string
  /** ws://127.0.0.1:PORT */
  wsBase: string
  stop(): Promise<void>
}

/** Starts a relay in-process on a free port with its own temporary data directory. */
export async function startTestRelay(
  limits: Partial<RelayLimits> = {},
  dataDir?: string,
): Promise<TestRelay> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'livret-relay-'))
  const relay = await startRelay({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    distDir: join(dir, 'no-dist'),
    logLevel: 'silent',
    limits,
    metricsToken: TEST_METRICS_TOKEN,
  })
  return {
    relay,
    dataDir: dir,
    wsBase: `ws://127.0.0.1:${relay.port}`,
    stop: async () => {
      await relay.close()
      if (!dataDir) rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Bearer token of /metrics on test relays. */
export const TEST_METRICS_TOKEN = 'test-metrics-token'

/** Reads a test relay's /metrics with its bearer token. */
export async function readMetrics(relay: TestRelay): Promise<string> {
  const res = await fetch(`${relay.relay.url}/metrics`, {
    headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
  })
  return res.text()
}

/** A room with its signing key, and a token minting helper. */
export interface TestRoom {
  roomId: RoomId
  signingSecret: Uint8Array
  token(role: Role, options?: { expiresAt?: number; issuedAt?: number; tokenId?: string }): string
  statement(payload: Omit<Statement, 'v' | 'room' | 'issuedAt'> & { issuedAt?: number }): {
    payload: string
    signature: string
  }
}

/** Creates a room key pair. */
export function makeRoom(): TestRoom {
  const keys = generateRoomKeys()
  const now = Math.floor(Date.now() / 1000)
  return {
    roomId: keys.roomId,
    signingSecret: keys.signingSecret,
    token: (role, options = {}) =>
      mintToken(keys.signingSecret, {
        role,
        expiresAt: options.expiresAt ?? now + 3600,
        ...(options.issuedAt !== undefined ? { issuedAt: options.issuedAt } : {}),
        ...(options.tokenId !== undefined ? { tokenId: options.tokenId } : {}),
      }),
    statement: (payload) =>
      signStatement(keys.signingSecret, {
        v: 1,
        room: keys.roomId,
        issuedAt: Math.floor(Date.now() / 1000),
        ...payload,
      } as Statement),
  }
}

/** A raw WebSocket client recording frames and its close. */
export interface RawClient {
  ws: WebSocket
  frames: Uint8Array[]
  opened: Promise<void>
  closed: Promise<{ code: number; reason: string }>
  send(bytes: Uint8Array): void
}

/** Opens a raw socket to /sync/<roomId>?token=. */
export function rawClient(wsBase: string, roomId: string, token: string): RawClient {
  const ws = new WebSocket(`${wsBase}/sync/${roomId}?token=${encodeURIComponent(token)}`)
  const frames: Uint8Array[] = []
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)))
  ws.on('error', () => {})
  return {
    ws,
    frames,
    opened: new Promise((resolve, reject) => {
      ws.once('open', () => resolve())
      ws.once('error', reject)
    }),
    closed: new Promise((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    ),
    send: (bytes) => ws.send(bytes),
  }
}

/** A y-websocket provider on an envelope doc, from Node. */
export function provider(wsBase: string, roomId: string, token: string, doc = new Y.Doc()) {
  const p = new WebsocketProvider(`${wsBase}/sync`, roomId, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const closes: number[] = []
  p.on('connection-close', (event) => {
    if (event) closes.push(event.code)
  })
  return {
    provider: p,
    doc,
    entries: doc.getArray<Uint8Array>(ENVELOPE_ARRAY),
    closes,
    synced: () =>
      new Promise<void>((resolve) => {
        if (p.synced) resolve()
        else p.once('sync', (s: boolean) => s && resolve())
      }),
    destroy: () => {
      p.destroy()
      doc.destroy()
    },
  }
}

/** POSTs a statement to /rooms/<id>/<action>. */
export async function post(relay: TestRelay, roomId: string, action: string, body: unknown) {
  const res = await fetch(`${relay.relay.url}/rooms/${roomId}/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as { ok: boolean; code?: string } }
}
