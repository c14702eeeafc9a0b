// docs/protocol.md against a real relay, so the document cannot drift from what the relay does:
// every `exchange` block (HTTP statements, status and log answers, sockets closed) is run in
// order and each answer checked. The worked example and tables: sealed-protocol-doc.test.ts.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOC_PATH } from '../../scripts/protocol-example.ts'
import { decodeTokenUnverified, signStatement } from '../../src/protocol/index.ts'
import { makeRoom, type RawClient, rawClient, startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'

const doc = readFileSync(DOC_PATH, 'utf8')

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
