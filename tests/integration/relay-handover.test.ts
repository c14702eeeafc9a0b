// Short handover records on a real relay on loopback (docs/protocol.md §13): left sealed, taken
// once, size-capped, rate-limited per IP, expired by the relay's clock, and unreadable by the relay.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { makeHandover, takeHandoverLink, takeTypedCode } from '../../src/features/handover/index.ts'
import {
  handoverLink,
  newHandoverSecret,
  parseHandoverLink,
  sealHandover,
} from '../../src/protocol/handover.ts'
import { putHandover, takeHandover } from '../../src/transport/handover.ts'
import { HandoverStore } from '../../sync-server/http/handover.ts'
import { DEFAULT_LIMITS } from '../../sync-server/limits.ts'
import { startRelay } from '../../sync-server/server.ts'
import { openRedisStorage } from '../../sync-server/storage/redis.ts'
import { openSqliteStorage } from '../../sync-server/storage/sqlite.ts'
import { startRedis, type TestRedis } from '../support/redis.ts'
import { readMetrics, startTestRelay, type TestRelay } from '../support/relay.ts'

const LINK =
  'https://livret.example.org/proposer#room=ebVWLo_mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ&token=secret-token'

describe('relay handover records', () => {
  let relay: TestRelay
  afterEach(async () => {
    await relay?.stop()
  })

  it('keeps a sealed link it cannot read and gives it back once, by short link and by typed code', async () => {
    relay = await startTestRelay()
    const origin = relay.relay.url
    const made = await makeHandover(origin, LINK)
    if (!made.ok) throw new Error(made.code)
    expect(made.value.shortLink.length).toBeLessThan(70)
    expect(made.value.code).toMatch(/^\d{5} \d{5} \d{5}$/)
    const secret = parseHandoverLink(made.value.shortLink)
    if (!secret) throw new Error('short link does not parse')
    // What the relay holds is opaque: read it raw, without the key.
    const raw = new Uint8Array(await (await fetch(`${origin}/handover/${secret.id}`)).arrayBuffer())
    expect(raw.length).toBeGreaterThan(LINK.length)
    const text = new TextDecoder('latin1').decode(raw)
    for (const clear of ['room=', 'token', 'proposer', 'livret']) expect(text).not.toContain(clear)
    // Read once: the short link's record is gone; the typed code's record still opens.
    expect(await takeHandoverLink(origin, secret)).toEqual({ ok: false, code: 'handover-gone' })
    expect(await takeTypedCode(origin, made.value.code.replaceAll(' ', ''))).toEqual({
      ok: true,
      value: LINK,
    })
    expect(await takeTypedCode(origin, made.value.code.replaceAll(' ', ''))).toEqual({
      ok: false,
      code: 'handover-gone',
    })
  })

  it('opens a record with the right key only, and refuses reusing an id', async () => {
    relay = await startTestRelay()
    const origin = relay.relay.url
    const s = newHandoverSecret()
    expect((await putHandover(origin, s, LINK, 600)).ok).toBe(true)
    expect(await putHandover(origin, s, 'other', 600)).toEqual({ ok: false, code: 'handover-refused' })
    const wrong = { ...s, key: new Uint8Array(16) }
    expect(await takeHandover(origin, wrong)).toEqual({ ok: false, code: 'handover-tampered' })
    expect(await takeHandover(origin, s)).toEqual({ ok: false, code: 'handover-gone' })
  })

  it('answers the documented codes: bad id, oversized body, empty body, other methods', async () => {
    relay = await startTestRelay({ maxHandoverBytes: 256 })
    const origin = relay.relay.url
    const put = (id: string, body: Uint8Array) =>
      fetch(`${origin}/handover/${id}`, { method: 'PUT', body: body as BodyInit })
    const id = newHandoverSecret().id
    const big = await put(id, new Uint8Array(257))
    expect(big.status).toBe(413)
    expect(await big.json()).toEqual({ ok: false, code: 'handover-too-large' })
    expect((await put(id, new Uint8Array(0))).status).toBe(400)
    expect((await put(id, new Uint8Array(256))).status).toBe(201)
    const bad = await fetch(`${origin}/handover/not!an-id`)
    expect(bad.status).toBe(404)
    expect((await fetch(`${origin}/handover/short`)).status).toBe(404)
    expect((await fetch(`${origin}/handover/${id}`, { method: 'DELETE' })).status).toBe(405)
    const sealed = await sealHandover(newHandoverSecret(), 'x'.repeat(1000))
    expect((await put(newHandoverSecret().id, sealed)).status).toBe(413)
  })

  it('rate-limits reads per IP, found or not, with Retry-After (bounds code guessing)', async () => {
    relay = await startTestRelay({ handoverReadsPerMinute: 5, handoverWritesPerMinute: 3 })
    const origin = relay.relay.url
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push((await fetch(`${origin}/handover/${newHandoverSecret().id}`)).status)
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429])
    const limited = await fetch(`${origin}/handover/${newHandoverSecret().id}`)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    const writes: (string | number)[] = []
    for (let i = 0; i < 4; i++) {
      const r = await putHandover(origin, newHandoverSecret(), LINK, 60)
      writes.push(r.ok ? 'ok' : r.code)
    }
    expect(writes).toEqual(['ok', 'ok', 'ok', 'rate-limited'])
    expect(await readMetrics(relay)).toMatch(/handover-reads/)
  })

  it('caps the bytes all records hold together', async () => {
    relay = await startTestRelay({ maxHandoverStoredBytes: 400 })
    const origin = relay.relay.url
    const one = await putHandover(origin, newHandoverSecret(), 'x'.repeat(300), 60)
    expect(one.ok).toBe(true)
    const two = await fetch(`${origin}/handover/${newHandoverSecret().id}`, {
      method: 'PUT',
      body: (await sealHandover(newHandoverSecret(), 'y'.repeat(300))) as BodyInit,
    })
    expect(two.status).toBe(507)
    expect(await two.json()).toEqual({ ok: false, code: 'handover-full' })
  })
})

describe('handover store clock', () => {
  it('forgets a record at its expiry, and never keeps one longer than the limit', async () => {
    let now = 1_000_000
    const dir = mkdtempSync(join(tmpdir(), 'livret-handover-'))
    const storage = openSqliteStorage(dir)
    try {
      const store = new HandoverStore(DEFAULT_LIMITS, storage, () => now)
      const put = await store.put('aaaaaaaaaaaa', new Uint8Array([1]), 60, '192.0.2.1')
      expect(put).toEqual({ ok: true, expiresAt: Math.floor((1_000_000 + 60_000) / 1000) })
      expect(await store.put('bbbbbbbbbbbb', new Uint8Array([2]), 10 * 24 * 3600, '192.0.2.1')).toEqual({
        ok: true,
        expiresAt: Math.floor((1_000_000 + DEFAULT_LIMITS.handoverSeconds * 1000) / 1000),
      })
      now += 59_999
      expect(await store.size()).toBe(2)
      now += 1
      expect(await store.take('aaaaaaaaaaaa')).toBeUndefined()
      await store.sweep()
      expect(await store.size()).toBe(1)
      now += DEFAULT_LIMITS.handoverSeconds * 1000
      await store.sweep()
      expect(await store.size()).toBe(0)
      expect(handoverLink('http://x', newHandoverSecret())).toMatch(/^http:\/\/x\/h#/)
    } finally {
      await storage.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('handover records outlive the process and are shared by instances', () => {
  let redis: TestRedis | undefined
  afterAll(async () => {
    await redis?.stop()
  })

  it('a code left before a restart opens after it (SQLite)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'livret-handover-'))
    try {
      const before = await startTestRelay({}, dir)
      const made = await makeHandover(before.relay.url, LINK)
      await before.stop()
      if (!made.ok) throw new Error(made.code)
      const after = await startTestRelay({}, dir)
      try {
        const secret = parseHandoverLink(made.value.shortLink)
        if (!secret) throw new Error('short link does not parse')
        expect(await takeHandoverLink(after.relay.url, secret)).toEqual({ ok: true, value: LINK })
      } finally {
        await after.stop()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a code left on one instance opens on another, once, and the per-IP cap holds across them (Redis)', async () => {
    redis = await startRedis()
    const prefix = `h${randomUUID()}:`
    const relays: Awaited<ReturnType<typeof startRelay>>[] = []
    try {
      for (let i = 0; i < 2; i++) {
        const dataDir = mkdtempSync(join(tmpdir(), 'livret-handover-'))
        relays.push(
          await startRelay({
            port: 0,
            host: '127.0.0.1',
            dataDir,
            distDir: join(dataDir, 'no-dist'),
            logLevel: 'silent',
            storage: await openRedisStorage(redis.url, { prefix }),
            limits: { maxHandoverBytesPerIp: 600 },
          }),
        )
      }
      const [a, b] = relays as [(typeof relays)[0], (typeof relays)[0]]
      const made = await makeHandover(a.url, LINK)
      if (!made.ok) throw new Error(made.code)
      const secret = parseHandoverLink(made.value.shortLink)
      if (!secret) throw new Error('short link does not parse')
      expect(await takeHandoverLink(b.url, secret)).toEqual({ ok: true, value: LINK })
      expect(await takeHandoverLink(a.url, secret)).toEqual({ ok: false, code: 'handover-gone' })
      // The typed code's record (left on a) still counts against this address on b.
      const big = await fetch(`${b.url}/handover/${newHandoverSecret().id}`, {
        method: 'PUT',
        body: (await sealHandover(newHandoverSecret(), 'z'.repeat(500))) as BodyInit,
      })
      expect(big.status).toBe(429)
      expect(await big.json()).toEqual({ ok: false, code: 'handover-owner-full' })
      expect(await takeTypedCode(b.url, made.value.code.replaceAll(' ', ''))).toEqual({
        ok: true,
        value: LINK,
      })
    } finally {
      for (const r of relays) await r.close()
    }
  })
})
