// Owner statements over HTTP against the real relay: revocation closes sockets at once and
// refuses them afterwards, deletion erases the room from disk, expiry, replay refusal, the
// access log and the status endpoint.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { decodeTokenUnverified } from '../../src/protocol/token.ts'
import { makeRoom, post, provider, rawClient, type TestRelay } from '../support/relay.ts'
import { relayPerTest } from '../support/relay-fixture.ts'
import { until } from '../support/until.ts'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('relay statements', () => {
  const relays = relayPerTest()
  let relay: TestRelay
  const client = relays.client
  const status = async (roomId: string, token: string) =>
    (await (await fetch(`${relay.relay.url}/rooms/${roomId}/status?token=${token}`)).json()) as {
      ok: boolean
      code?: string
    }

  it('revocation by token id closes the socket and refuses it afterwards', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const revoked = room.token('read')
    const kept = room.token('read')
    const a = rawClient(relay.wsBase, room.roomId, revoked)
    const b = rawClient(relay.wsBase, room.roomId, kept)
    await Promise.all([a.opened, b.opened])
    await until(() => a.frames.length > 0 && b.frames.length > 0)
    const tokenId = decodeTokenUnverified(revoked)?.tokenId as string
    const res = await post(
      relay,
      room.roomId,
      'revoke',
      room.statement({ type: 'revoke', tokenIds: [tokenId] }),
    )
    expect(res).toEqual({ status: 200, json: { ok: true } })
    // How fast: `npm run bench:latency` prints it (revokeMs).
    expect((await a.closed).code).toBe(CloseCode['token-revoked'])
    expect(b.ws.readyState).toBe(1)
    const again = rawClient(relay.wsBase, room.roomId, revoked)
    expect((await again.closed).code).toBe(CloseCode['token-revoked'])
    expect(await status(room.roomId, revoked)).toEqual({ ok: false, code: 'token-revoked' })
    expect((await status(room.roomId, kept)).ok).toBe(true)
    b.ws.close()
  })

  it('revocation of every token issued before a time', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const now = Math.floor(Date.now() / 1000)
    const old = rawClient(relay.wsBase, room.roomId, room.token('write', { issuedAt: now - 100 }))
    await old.opened
    const res = await post(relay, room.roomId, 'revoke', room.statement({ type: 'revoke', before: now - 50 }))
    expect(res.status).toBe(200)
    expect((await old.closed).code).toBe(CloseCode['token-revoked'])
    const fresh = rawClient(relay.wsBase, room.roomId, room.token('write', { issuedAt: now }))
    await fresh.opened
    await until(() => fresh.frames.length > 0)
    expect(fresh.ws.readyState).toBe(1)
    fresh.ws.close()
  })

  it('refuses replayed, stale, foreign and unsigned statements', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const other = makeRoom()
    const statement = room.statement({ type: 'revoke', tokenIds: ['ab'.repeat(16)] })
    expect((await post(relay, room.roomId, 'revoke', statement)).status).toBe(200)
    expect(await post(relay, room.roomId, 'revoke', statement)).toEqual({
      status: 409,
      json: { ok: false, code: 'statement-replayed' },
    })
    const stale = room.statement({
      type: 'revoke',
      before: 5,
      issuedAt: Math.floor(Date.now() / 1000) - 3600,
    })
    expect((await post(relay, room.roomId, 'revoke', stale)).json.code).toBe('statement-stale')
    const foreign = other.statement({ type: 'delete' })
    expect((await post(relay, room.roomId, 'delete', foreign)).json.code).toBe('statement-wrong-room')
    expect((await post(relay, room.roomId, 'delete', { payload: 'x', signature: 'y' })).status).toBe(400)
    const wrongEndpoint = room.statement({ type: 'delete' })
    expect((await post(relay, room.roomId, 'revoke', wrongEndpoint)).json.code).toBe('statement-wrong-type')
  })

  it('deletion closes sockets (4404), erases the room from disk and keeps its id dead', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const marker = 'DELETED-ROOM-MARKER-0123456789'
    const writer = client(room.roomId, room.token('write'))
    await writer.synced()
    writer.entries.push([bytes(marker.repeat(50))])
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    const files = () =>
      Buffer.concat(readdirSync(relay.dataDir).map((f) => readFileSync(join(relay.dataDir, f))))
    relay.relay.hub.ctx.storage.readAccessLog(room.roomId) // flushes pending writes
    writer.provider.shouldConnect = false
    const res = await post(relay, room.roomId, 'delete', room.statement({ type: 'delete' }))
    expect(res).toEqual({ status: 200, json: { ok: true } })
    await until(() => writer.closes.length > 0)
    expect(writer.closes[0]).toBe(CloseCode['room-gone'])
    expect(files().includes(marker)).toBe(false)
    expect(files().includes(room.roomId)).toBe(true) // the tombstone: the id only
    const later = rawClient(relay.wsBase, room.roomId, room.token('write'))
    expect((await later.closed).code).toBe(CloseCode['room-gone'])
    expect(await status(room.roomId, room.token('read'))).toEqual({ ok: false, code: 'room-gone' })
    expect((await post(relay, room.roomId, 'delete', room.statement({ type: 'delete' }))).status).toBe(404)
  })

  it('expiry: a room past its erase time is erased by the sweeper', async () => {
    relay = await relays.start({ sweepSeconds: 0.2 })
    const room = makeRoom()
    const writer = client(room.roomId, room.token('write'))
    await writer.synced()
    writer.entries.push([bytes('short-lived')])
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    const tooFar = room.statement({ type: 'expire', at: Math.floor(Date.now() / 1000) + 401 * 24 * 3600 })
    expect((await post(relay, room.roomId, 'expire', tooFar)).json.code).toBe('expire-too-far')
    writer.provider.shouldConnect = false
    const at = Math.floor(Date.now() / 1000) + 1
    expect((await post(relay, room.roomId, 'expire', room.statement({ type: 'expire', at }))).status).toBe(
      200,
    )
    await until(() => writer.closes.length > 0, { timeout: 5000, what: 'room erased' })
    expect(writer.closes[0]).toBe(CloseCode['room-gone'])
    expect((await relay.relay.hub.ctx.storage.getMeta(room.roomId)).deletedAt).not.toBeNull()
    expect((await relay.relay.hub.ctx.storage.loadUpdates(room.roomId)).updates).toEqual([])
  })

  it('the owner reads a content-free access log; other roles cannot', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const readToken = room.token('read')
    const reader = rawClient(relay.wsBase, room.roomId, readToken)
    await reader.opened
    await until(() => reader.frames.length > 0)
    reader.ws.close()
    await reader.closed
    const url = (token: string) => `${relay.relay.url}/rooms/${room.roomId}/log?token=${token}`
    let log: { tokenId: string; role: string; event: string; bytesOut: number }[] = []
    await until(async () => {
      const res = (await (await fetch(url(room.token('write')))).json()) as { log: typeof log }
      log = res.log
      return log.length >= 2
    })
    const readId = decodeTokenUnverified(readToken)?.tokenId
    expect(log.map((e) => [e.tokenId, e.role, e.event])).toEqual([
      [readId, 'read', 'open'],
      [readId, 'read', 'close'],
    ])
    expect(log[1]?.bytesOut).toBeGreaterThan(0)
    expect(Object.keys(log[0] ?? {}).sort()).toEqual([
      'at',
      'bytesIn',
      'bytesOut',
      'event',
      'role',
      'tokenId',
    ])
    expect((await fetch(url(readToken))).status).toBe(403)
    expect((await fetch(url('garbage'))).status).toBe(401)
  })
})

describe('relay logs', () => {
  it('carry room hashes and token ids, never tokens, room ids or content', async () => {
    const lines: string[] = []
    const { startRelay } = await import('../../sync-server/server.ts')
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'livret-logs-'))
    const relay = await startRelay({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      distDir: dir,
      logLevel: 'debug',
      logDestination: { write: (line: string) => lines.push(line) },
    })
    try {
      const wsBase = `ws://127.0.0.1:${relay.port}`
      const room = makeRoom()
      const token = room.token('write')
      const c = provider(wsBase, room.roomId, token)
      await c.synced()
      c.entries.push([bytes('LOGGED-CONTENT-MARKER')])
      await until(async () => (await relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
      const viaRelay = { relay } as unknown as TestRelay
      await post(viaRelay, room.roomId, 'revoke', room.statement({ type: 'revoke', before: 1 }))
      c.destroy()
      await until(() => lines.some((l) => l.includes('socket open')))
      const all = lines.join('\n')
      expect(all).toContain(decodeTokenUnverified(token)?.tokenId as string)
      expect(all).not.toContain(token)
      expect(all).not.toContain(room.roomId)
      expect(all).not.toContain('LOGGED-CONTENT-MARKER')
      expect(all).not.toContain(Buffer.from('LOGGED-CONTENT-MARKER').toString('base64'))
    } finally {
      await relay.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
