// docs/protocol.md against the code, so the two cannot drift: the worked example is exactly what
// scripts/protocol-example.ts generates, and its bytes (token, entry, frame, statement) are read
// back from the markdown and checked by the real decoders; the close-code and limit tables equal
// src/protocol/close-codes.ts and sync-server/limits.ts; every `exchange` block (HTTP statements,
// status and log answers, sockets closed) is run against a real relay.
import { readFileSync } from 'node:fs'
import * as decoding from 'lib0/decoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DOC_PATH, exampleInDoc, protocolExample } from '../../scripts/protocol-example.ts'
import {
  CloseCode,
  decodeTokenUnverified,
  fromBase64Url,
  importRoomKey,
  openEntry,
  type RoomId,
  signStatement,
  verifyStatement,
  verifyToken,
} from '../../src/protocol/index.ts'
import { DEFAULT_LIMITS, LIMIT_ENV, type RelayLimits } from '../../sync-server/limits.ts'
import { makeRoom, type RawClient, rawClient, startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'

const doc = readFileSync(DOC_PATH, 'utf8')
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16))

/** The text of section `n` ("## n. …" up to the next "## "). */
function section(n: number): string {
  const start = doc.indexOf(`\n## ${n}. `)
  const end = doc.indexOf('\n## ', start + 1)
  if (start < 0) throw new Error(`no section ${n}`)
  return doc.slice(start, end < 0 ? undefined : end)
}

/** Rows of the markdown tables in `text`, as trimmed cells. */
const tableRows = (text: string): string[][] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )

/** The lines of the worked example that follow the line starting with `label`, up to a blank line. */
function linesAfter(label: string): string {
  const lines = (exampleInDoc(doc) ?? '').split('\n')
  const at = lines.findIndex((line) => line.startsWith(label))
  if (at < 0) throw new Error(`no "${label}" in the example`)
  const out: string[] = []
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '' || line.startsWith('```')) break
    out.push(line.trim())
  }
  return out.join('')
}
/** The value after `label` on its own line of the example. */
function field(label: string): string {
  const line = (exampleInDoc(doc) ?? '').split('\n').find((l) => l.startsWith(label))
  if (!line) throw new Error(`no "${label}" line in the example`)
  return line.slice(label.length).trim()
}

describe('docs/protocol.md worked example', () => {
  it('is exactly what the code generates today', async () => {
    expect(exampleInDoc(doc)).toBe(await protocolExample())
  })

  it('its token verifies, with the role, times and id the document states', () => {
    const roomId = field('room id')
    const token = linesAfter('token = base64url')
    const issuedAt = Number.parseInt(field('issuedAt'), 16)
    const checked = verifyToken(token, roomId, issuedAt + 1)
    expect(checked.ok && checked.value).toEqual({
      role: 'read',
      issuedAt,
      expiresAt: Number.parseInt(field('expiresAt'), 16),
      tokenId: field('tokenId'),
      roomId,
    })
    expect(fromBase64Url(token)?.length).toBe(122)
    expect(token).toHaveLength(163)
    expect(verifyToken(token, roomId, Number.parseInt(field('expiresAt'), 16))).toEqual({
      ok: false,
      code: 'token-expired',
    })
  })

  it('its entry opens with the room key into the update it shows, read as the document reads it', async () => {
    const roomId = field('room id')
    const key = await importRoomKey(fromHex(field('room key (AES-GCM-256)')))
    const opened = await openEntry(key, roomId as RoomId, fromHex(linesAfter('entry = 01 || nonce')))
    if (!opened.ok) throw new Error(opened.code)
    expect(opened.value.kind).toBe('update')
    expect(Buffer.from(opened.value.update).toString('hex')).toBe(linesAfter('Yjs update (v1):'))
    const plain = new Y.Doc()
    Y.applyUpdate(plain, opened.value.update)
    expect(plain.getText('demo').toString()).toBe('Bonjour')
    // "`01` one client, `01` one struct, `01` client id 1, `00` clock 0, `04` info byte (string)…"
    const { structs, ds } = Y.decodeUpdate(opened.value.update)
    expect(structs).toHaveLength(1)
    const item = structs[0] as Y.Item
    expect([item.id.client, item.id.clock, item.parent, item.content.constructor.name]).toEqual([
      1,
      0,
      'demo',
      'ContentString',
    ])
    expect(ds.clients.size).toBe(0)
  })

  it('its frame is a y-websocket sync update that puts that entry into `entries`', () => {
    const frame = fromHex(linesAfter('00 (messageSync) 02 (messageYjsUpdate)'))
    const decoder = decoding.createDecoder(frame)
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 2])
    const update = decoding.readVarUint8Array(decoder)
    expect(decoder.pos).toBe(frame.length)
    const envelope = new Y.Doc()
    Y.applyUpdate(envelope, update)
    const entries = envelope.getArray<Uint8Array>('entries').toArray()
    expect(entries.map((e) => Buffer.from(e).toString('hex'))).toEqual([linesAfter('entry = 01 || nonce')])
  })

  it('its statement verifies and its payload is the JSON shown', () => {
    const roomId = field('room id')
    const block = doc.slice(doc.indexOf('### Revocation statement'))
    const json = block.slice(block.indexOf('```') + 3, block.indexOf('```', block.indexOf('```') + 3))
    const statement = JSON.parse(json) as { payload: string; signature: string }
    const payloadText = block.split('```')[3]?.trim()
    expect(new TextDecoder().decode(fromBase64Url(statement.payload))).toBe(payloadText)
    const payload = JSON.parse(payloadText ?? '') as { issuedAt: number; tokenIds: string[] }
    const checked = verifyStatement(statement, roomId, payload.issuedAt)
    expect(checked.ok && checked.value.statement).toEqual(payload)
    expect(payload.tokenIds).toEqual([field('tokenId')])
  })
})

describe('docs/protocol.md tables', () => {
  it('the close-code table is src/protocol/close-codes.ts, plus the two standard codes', () => {
    const rows = tableRows(section(6)).filter((r) => /^\d{4}$/.test(r[0] ?? ''))
    const named = rows.filter((r) => r[1]?.startsWith('`'))
    expect(Object.fromEntries(named.map((r) => [r[1]?.replaceAll('`', ''), Number(r[0])]))).toEqual(CloseCode)
    expect(named.map((r) => Number(r[0]))).toEqual(Object.values(CloseCode))
    expect(rows.filter((r) => r[1] === '(standard)').map((r) => r[0])).toEqual(['1011', '1012'])
  })

  it('the "stop" codes agree: table, rule, and the shouldReconnect option of a compatible client', () => {
    const rows = tableRows(section(6)).filter((r) => /^\d{4}$/.test(r[0] ?? ''))
    const stop = rows.filter((r) => r[3] === 'stop').map((r) => Number(r[0]))
    expect(stop).toEqual([4401, 4403, 4404, 4409, 4410])
    expect(section(6)).toContain(`(${stop.join(', ')})`)
    expect(section(5)).toContain(`![${stop.join(', ')}].includes(event.code)`)
    for (const row of rows.filter((r) => !stop.includes(Number(r[0])))) expect(row[3]).toMatch(/^retry/)
  })

  it('the limit table gives every limit its default and its variable', () => {
    const units: Record<string, number> = { MiB: 1024 * 1024, s: 1, days: 86_400, '': 1 }
    const seen = new Set<string>()
    for (const row of tableRows(section(8)).slice(1)) {
      const names = [...(row[0] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1] as keyof RelayLimits)
      const variables = [...(row[2] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1])
      const defaults = (row[1] ?? '').split(' / ')
      names.forEach((name, i) => {
        seen.add(name)
        expect(variables[i], name).toBe(LIMIT_ENV[name])
        const m = /^([\d.]+)\s*(MiB|s|days)?\b/.exec(defaults[i] ?? defaults[0] ?? '')
        expect(m, `${name}: ${row[1]}`).not.toBeNull()
        expect(Number(m?.[1]) * (units[m?.[2] ?? ''] ?? Number.NaN), name).toBe(DEFAULT_LIMITS[name])
      })
    }
    const documented = Object.keys(DEFAULT_LIMITS).filter(
      (n) => !n.startsWith('compactAfter') && n !== 'sweepSeconds',
    )
    expect([...seen].sort()).toEqual(documented.sort())
  })
})

describe('docs/protocol.md worked exchanges, against a real relay', () => {
  let relay: TestRelay
  beforeAll(async () => {
    relay = await startTestRelay()
  })
  afterAll(async () => {
    await relay?.stop()
  })

  const blocks = [...doc.matchAll(/```exchange\n([\s\S]*?)```/g)].map((m) => m[1] as string)

  it('the document has exchanges for status, expire, revoke, replay, log and delete', () => {
    const all = blocks.join('\n')
    for (const what of [
      '/status',
      '/expire',
      '/revoke',
      '/log',
      '/delete',
      '409',
      'closed 4409',
      'closed 4404',
    ])
      expect(all).toContain(what)
  })

  it('every exchange gives the answers the document shows, in order', async () => {
    const now = Math.floor(Date.now() / 1000)
    const room = makeRoom()
    const tokens = {
      READ_TOKEN: room.token('read', { issuedAt: now, expiresAt: now + 3600 }),
      WRITE_TOKEN: room.token('write', { issuedAt: now, expiresAt: now + 3600 }),
    }
    const reader = decodeTokenUnverified(tokens.READ_TOKEN)?.tokenId as string
    // Placeholders, in one pass (a token may contain "ROOM"): NOW+n is a number in requests and
    // {"$now": n} in answers, where any number within 3 s of it passes.
    const names: Record<string, string> = { ...tokens, READER: reader, ROOM: room.roomId }
    const fill = (text: string, nowAs: (n: number) => string) =>
      text.replace(/NOW(?:\+(\d+))?|READ_TOKEN|WRITE_TOKEN|READER|ROOM/g, (match, n: string | undefined) =>
        match.startsWith('NOW') ? nowAs(Number(n ?? 0)) : (names[match] as string),
      )
    const number = (n: number) => String(now + n)
    const matches = (expected: unknown, actual: unknown): boolean => {
      if (expected && typeof expected === 'object' && '$now' in expected) {
        const at = now + (expected as { $now: number }).$now
        return typeof actual === 'number' && actual >= at && actual <= at + 3
      }
      if (Array.isArray(expected))
        return (
          Array.isArray(actual) &&
          actual.length === expected.length &&
          expected.every((e, i) => matches(e, actual[i]))
        )
      if (expected && typeof expected === 'object') {
        if (!actual || typeof actual !== 'object') return false
        const keys = Object.keys(expected)
        return (
          JSON.stringify(keys.sort()) === JSON.stringify(Object.keys(actual).sort()) &&
          keys.every((k) => matches((expected as never)[k], (actual as never)[k]))
        )
      }
      return expected === actual
    }
    const sockets = new Map<string, RawClient>()
    try {
      for (const block of blocks) {
        const lines = block.trim().split('\n')
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i] as string
          const opens = /^socket (\w+) opens with (\w+)$/.exec(line)
          const closed = /^socket (\w+) closed (\d+) ([\w-]+)$/.exec(line)
          const request = /^(GET|POST) (\S+)$/.exec(line)
          if (opens) {
            const client = rawClient(relay.wsBase, room.roomId, tokens[opens[2] as keyof typeof tokens])
            sockets.set(opens[1] as string, client)
            await client.opened
            await until(() => client.frames.length > 0, { what: `socket ${opens[1]} joined` })
          } else if (closed) {
            const client = sockets.get(closed[1] as string)
            expect(await client?.closed, line).toEqual({ code: Number(closed[2]), reason: closed[3] })
          } else if (request) {
            const body = request[1] === 'POST' ? fill(lines[++i] as string, number) : undefined
            const answer = lines[++i] as string
            const [, status, json] = /^→ (\d{3}) (.*)$/.exec(answer) ?? []
            const expected = JSON.parse(fill(json as string, (n) => `{"$now":${n}}`))
            const send = async () => {
              const res = await fetch(`${relay.relay.url}${fill(request[2] as string, number)}`, {
                method: request[1] as string,
                ...(body
                  ? {
                      headers: { 'content-type': 'application/json' },
                      body: JSON.stringify(signStatement(room.signingSecret, JSON.parse(body))),
                    }
                  : {}),
              })
              return { status: res.status, json: (await res.json()) as unknown }
            }
            // Reads may trail the writes a little (the access log is written in batches): poll them.
            const got =
              request[1] === 'GET'
                ? await until(
                    async () => {
                      const r = await send()
                      return r.status === Number(status) && matches(expected, r.json) && r
                    },
                    { what: line },
                  ).catch(send)
                : await send()
            expect({ line, status: got.status }).toEqual({ line, status: Number(status) })
            expect(matches(expected, got.json), `${line}\n${JSON.stringify(got.json)}`).toBe(true)
          } else {
            throw new Error(`unreadable exchange line: ${line}`)
          }
        }
      }
    } finally {
      for (const client of sockets.values()) client.ws.close()
    }
  })
})
