// The share runtimes against the real relay: the holder's 'live-shares' (holder mode, on the open
// booklet) resumes a saved live share and delivers each change; the operator's 'followed-shares'
// (every mode: a share link opens in any) keeps the received copy following while a view shows it. Stopped, both let their
// rooms go (the relay counts no socket) and the copy gets nothing more.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { putItem } from '../../src/booklet/index.ts'
import { projectionFixture } from '../../src/booklet/projection-fixture.ts'
import { sampleCompetence } from '../../src/domain/index.ts'
import { loadReceived } from '../../src/features/receive/copies.ts'
import { followReceived } from '../../src/features/receive/follow.ts'
import { receiveLink } from '../../src/features/receive/receive.ts'
import { appRuntime } from '../../src/features/runtime/index.ts'
import { followingStore } from '../../src/features/share/runtime.ts'
import { createShare } from '../../src/features/share/service.ts'
import { saveShare } from '../../src/features/share/store.ts'
import type { SealedRoomStatus } from '../../src/transport/index.ts'
import { runtimeHarness } from '../support/runtime.ts'
import { until } from '../support/until.ts'

// receiveLink opens its sockets with the global WebSocket, as in a browser.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

const h = runtimeHarness()

describe('share runtimes', () => {
  it('a live share follows the booklet into the followed copy; nothing after stop', async () => {
    const { doc } = projectionFixture()
    const created = await createShare(
      doc,
      { recipient: 'CPAS', mode: 'live', sections: { competences: { all: true } } },
      h.net(),
    )
    if (!created.ok) throw new Error(created.code)
    // As after a restart: the record is on the device, nothing follows the booklet yet.
    created.value.stop()
    await saveShare(created.value.record)
    await h.noSockets()

    const holder = h.registry([appRuntime('live-shares')])
    holder.start('holder', doc)
    await until(() => followingStore.get().has(created.value.record.id), { what: 'share followed' })

    const received = await receiveLink(created.value.link, { relayOrigin: h.url() })
    if (!received.ok) throw new Error(received.code)
    const copy = await loadReceived(received.value)
    if (!copy) throw new Error('no copy')
    const operator = h.registry([appRuntime('followed-shares')])
    operator.start('operator')
    const statuses: SealedRoomStatus['status'][] = []
    const release = followReceived(received.value, (s) => statuses.push(s.status))
    // The runtime takes over the room the intake left connected.
    await until(() => statuses.includes('synced'), { what: 'the view hears the room' })

    const first = sampleCompetence({ label: 'LIVE-1' })
    expect(putItem(doc, 'competences', first).ok).toBe(true)
    await until(() => copy.doc.getMap('competences').has(first.id), { what: 'change in the copy' })

    // Stopped (pagehide), the runtime closes the copy's room although the view remains.
    operator.registry.stopAll()
    await until(() => h.connections() === 1, { what: 'only the holder socket left' })
    // Started again (pageshow), the view still shows it: it follows again.
    operator.start('operator')
    const second = sampleCompetence({ label: 'LIVE-2' })
    expect(putItem(doc, 'competences', second).ok).toBe(true)
    await until(() => copy.doc.getMap('competences').has(second.id), { what: 'second change' })

    release()
    holder.registry.stopAll()
    operator.registry.stopAll()
    await h.noSockets()
    expect(followingStore.get().size).toBe(0)
  })
})
