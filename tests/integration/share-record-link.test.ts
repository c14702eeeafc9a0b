// What the share screens rely on in the service layer: a share created under the id the sheet
// chose, its link kept in the record (to show the QR code again), a stored record that survives a
// structured clone and reads back through ShareRecordSchema, and an extension that keeps the new
// link in the record.
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { projectionFixture } from '../../src/booklet/projection-fixture.ts'
import { openShareLink } from '../../src/features/receive/open-link.ts'
import { extendShare } from '../../src/features/share/control.ts'
import { newShareId, ShareRecordSchema } from '../../src/features/share/records.ts'
import { createShare } from '../../src/features/share/service.ts'
import { startTestRelay, type TestRelay } from './relay-support.ts'

let relay: TestRelay
let net: { relayOrigin: string; WebSocketPolyfill: unknown }
beforeAll(async () => {
  relay = await startTestRelay()
  net = { relayOrigin: relay.relay.url, WebSocketPolyfill: WebSocket }
})
afterAll(async () => {
  await relay.stop()
})

describe('share records as the screens keep them', () => {
  it('uses the chosen id, keeps the link, reads back, and keeps the new link on extension', async () => {
    const { doc, ids } = projectionFixture()
    const id = newShareId()
    const created = await createShare(
      doc,
      { recipient: 'CPAS', sections: { competences: { ids: [ids.cPicked] } } },
      { ...net, id },
    )
    if (!created.ok) throw new Error(created.code)
    const { record, link } = created.value
    expect(record.id).toBe(id)
    expect(record.link).toBe(link)
    const stored = v.safeParse(ShareRecordSchema, structuredClone(record))
    expect(stored.success && stored.output).toEqual(record)
    const extended = await extendShare(record, 60, net)
    if (!extended.ok) throw new Error(extended.code)
    expect(extended.value.record.link).toBe(extended.value.link)
    expect(extended.value.link).not.toBe(link)
    expect(v.safeParse(ShareRecordSchema, extended.value.record).success).toBe(true)
    const opened = await openShareLink(extended.value.record.link ?? '', { WebSocketPolyfill: WebSocket })
    if (!opened.ok) throw new Error(opened.code)
    expect(opened.value.meta.expiresAt).toBe(extended.value.record.expiresAt)
    opened.value.stop()
  })
})
