// The sharing service against the real relay (in-process, port 0, temporary data dir): scenario 2
// (selective share, nothing unshared reaches the operator or the relay's files, nothing in clear
// at all on the relay), revocation (operator's socket closed at once, reopen refused, openings
// read before the room is erased), a live share's updates reaching the operator (p50 latency
// printed), extension (new link, new expiry in the operator's meta).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { getSituation, listItems, putItem, readItem } from '../../src/booklet/index.ts'
import { bytesContain, projectionFixture, SECRETS, SHARED } from '../../src/booklet/projection-fixture.ts'
import { sampleCompetence } from '../../src/domain/index.ts'
import { openShareLink } from '../../src/features/receive/open-link.ts'
import { extendShare, revokeShare, shareOpenings } from '../../src/features/share/control.ts'
import { createShare, resumeLiveShare } from '../../src/features/share/service.ts'
import { startTestRelay, type TestRelay, waitFor } from './relay-support.ts'

let relay: TestRelay
let net: { relayOrigin: string; WebSocketPolyfill: unknown }
beforeAll(async () => {
  relay = await startTestRelay()
  net = { relayOrigin: relay.relay.url, WebSocketPolyfill: WebSocket }
})
afterAll(async () => {
  await relay.stop()
})

const relayFiles = (dir: string): Uint8Array[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? relayFiles(path) : [new Uint8Array(readFileSync(path))]
  })

const scenario2 = () => {
  const { doc, ids } = projectionFixture()
  // No 'Namur' in the recipient: the unpicked city must not appear anywhere.
  const input = {
    recipient: 'CPAS — service insertion',
    sections: {
      experiences: { ids: [ids.exPicked] },
      competences: { ids: [ids.cPicked] },
      projects: { ids: [ids.prPicked] },
    },
  }
  return { doc, ids, input }
}

describe('share service against the relay', () => {
  it('scenario 2: the operator gets exactly the picked items; the relay holds nothing in clear', async () => {
    const { doc, ids, input } = scenario2()
    const created = await createShare(doc, input, net)
    if (!created.ok) throw new Error(created.code)
    const { link, record } = created.value
    expect(link.startsWith(`${relay.relay.url}/recu#room=`)).toBe(true)
    expect(record.mode).toBe('snapshot')
    const opened = await openShareLink(link, { WebSocketPolyfill: WebSocket })
    if (!opened.ok) throw new Error(opened.code)
    const op = opened.value.doc
    expect(opened.value.meta.recipient).toBe(input.recipient)
    expect(opened.value.room).toBeUndefined()
    expect(listItems(op, 'experiences').items.map((e) => e.id)).toEqual([ids.exPicked])
    expect(listItems(op, 'competences').items.map((c) => c.id)).toEqual([ids.cPicked])
    expect(listItems(op, 'projects').items.map((p) => p.id)).toEqual([ids.prPicked])
    for (const s of ['objectives', 'steps', 'path', 'contacts', 'journal'] as const)
      expect(listItems(op, s).items).toEqual([])
    expect(op.getMap('situation').size).toBe(0)
    expect(getSituation(op).every((s) => s.status === 'unknown' && s.note === '')).toBe(true)
    const shared = [
      'PICKED-EXP banque alimentaire',
      'PICKED-COMP à l’heure',
      'PICKED-PROJECT commis',
      'Amina',
    ]
    const unshared = [...SECRETS, ...SHARED.filter((s) => !shared.includes(s) && s !== 'VALIDATION-PICKED')]
    const opBytes = Y.encodeStateAsUpdate(op)
    for (const s of shared) expect(bytesContain(opBytes, s), s).toBe(true)
    for (const s of unshared) expect(bytesContain(opBytes, s), s).toBe(false)
    const files = relayFiles(relay.dataDir)
    // The room is on disk (its id is), sealed.
    expect(files.some((bytes) => bytesContain(bytes, record.roomId))).toBe(true)
    for (const bytes of files)
      for (const s of [...shared, ...unshared, input.recipient]) expect(bytesContain(bytes, s), s).toBe(false)
    opened.value.stop()
  })

  it('revocation: the socket closes at once, reopening is refused, the openings were seen', async () => {
    const { doc, input } = scenario2()
    const created = await createShare(doc, { ...input, mode: 'live' }, net)
    if (!created.ok) throw new Error(created.code)
    const opened = await openShareLink(created.value.link, { WebSocketPolyfill: WebSocket })
    if (!opened.ok) throw new Error(opened.code)
    const operatorRoom = opened.value.room
    expect(operatorRoom?.status.status).toBe('synced')
    const before = await shareOpenings(created.value.record, net)
    expect(before.ok && before.value.length).toBe(1)
    let closedAt = 0
    operatorRoom?.on('status', (s) => {
      if (s.status === 'refused' && closedAt === 0) closedAt = performance.now()
    })
    const t0 = performance.now()
    const revoked = await revokeShare(created.value.record, net)
    if (!revoked.ok) throw new Error(revoked.code)
    await waitFor(() => closedAt > 0, 1000, 'operator socket closed')
    console.log(`revoke → operator socket closed: ${(closedAt - t0).toFixed(0)} ms`)
    expect(closedAt - t0).toBeLessThan(1000)
    expect(revoked.value.openings).toHaveLength(1)
    const at = Date.parse(revoked.value.openings[0]?.at ?? '')
    expect(Math.abs(at - Date.now())).toBeLessThan(60_000)
    expect(revoked.value.record.revokedAt).toBeDefined()
    expect(revoked.value.record.openedAt).toEqual([revoked.value.openings[0]?.at])
    const again = await openShareLink(created.value.link, { WebSocketPolyfill: WebSocket })
    expect(again.ok ? 'opened' : again.code).toMatch(/^share-(revoked|gone)$/)
    opened.value.stop()
    created.value.stop()
  })

  it('a live share follows the booklet: 20 changes reach the operator (p50 printed)', async () => {
    const { doc, input } = scenario2()
    const created = await createShare(
      doc,
      { ...input, mode: 'live', sections: { ...input.sections, competences: { all: true } } },
      net,
    )
    if (!created.ok) throw new Error(created.code)
    const opened = await openShareLink(created.value.link, { WebSocketPolyfill: WebSocket })
    if (!opened.ok) throw new Error(opened.code)
    const op = opened.value.doc
    const latencies: number[] = []
    for (let i = 0; i < 20; i++) {
      const c = sampleCompetence({ label: `LIVE-${i}` })
      const seen = new Promise<number>((resolve) => {
        const check = () => {
          if (op.getMap('competences').has(c.id)) {
            op.off('afterTransaction', check)
            resolve(performance.now())
          }
        }
        op.on('afterTransaction', check)
      })
      const t0 = performance.now()
      expect(putItem(doc, 'competences', c).ok).toBe(true)
      latencies.push((await seen) - t0)
    }
    latencies.sort((a, b) => a - b)
    const p50 = latencies[10] ?? Number.NaN
    console.log(
      `live share latency p50 ${p50.toFixed(1)} ms, max ${latencies[19]?.toFixed(1)} ms (20 changes)`,
    )
    expect(p50).toBeLessThan(2000)
    expect(listItems(op, 'competences').items.filter((c) => c.label.startsWith('LIVE-'))).toHaveLength(20)
    opened.value.stop()
    created.value.stop()
  })

  it('extends a share: new link, later expiry seen by the operator; a live share resumes', async () => {
    const { doc, ids, input } = scenario2()
    const created = await createShare(doc, { ...input, mode: 'live' }, net)
    if (!created.ok) throw new Error(created.code)
    created.value.stop()
    const extended = await extendShare(created.value.record, 90, net)
    if (!extended.ok) throw new Error(extended.code)
    const { record, link } = extended.value
    expect(link).not.toBe(created.value.link)
    expect(Date.parse(record.expiresAt)).toBeGreaterThan(Date.parse(created.value.record.expiresAt))
    expect(record.previousTokenIds).toEqual([created.value.record.readTokenId])
    const resumed = await resumeLiveShare(doc, record, net)
    if (!resumed.ok) throw new Error(resumed.code)
    const opened = await openShareLink(link, { WebSocketPolyfill: WebSocket })
    if (!opened.ok) throw new Error(opened.code)
    expect(opened.value.meta.expiresAt).toBe(record.expiresAt)
    const picked = readItem(doc, 'competences', ids.cPicked)
    if (!picked.ok) throw new Error(picked.code)
    putItem(doc, 'competences', { ...picked.value, label: 'AFTER-EXTEND' })
    await waitFor(
      () =>
        readItem(opened.value.doc, 'competences', ids.cPicked).ok &&
        listItems(opened.value.doc, 'competences').items[0]?.label === 'AFTER-EXTEND',
      2000,
      'resumed live change',
    )
    // Competences are picked item by item here: a new one must NOT reach the operator.
    const p = sampleCompetence({ label: 'NOT-PICKED-LATER' })
    putItem(doc, 'competences', p)
    await resumed.value.room.flush()
    await new Promise((r) => setTimeout(r, 300))
    expect(opened.value.doc.getMap('competences').has(p.id)).toBe(false)
    const tooLong = await extendShare(record, 400, net)
    expect(tooLong.ok ? 'ok' : tooLong.code).toBe('expiry-too-far')
    opened.value.stop()
    resumed.value.stop()
  })
})
