// Deletions made offline survive a reload (issue 12 point 4), against the real relay: a share record
// carried to both devices is deleted on A while A's network is cut; A is reloaded (its household
// binding made again from the same storage, its memory gone) while still offline; once the network
// is back, B deletes the record too. The waiting deletions are a device record in IndexedDB (fake
// here), forgotten once a sync shows the relay holds them.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { RecordsPort } from '../../src/features/devices/household-records.ts'
import { HouseholdSync } from '../../src/features/devices/household-sync.ts'
import { mailboxCapabilityOf } from '../../src/features/devices/pairing.ts'
import { mailboxFromSeed, newMailboxSeed } from '../../src/features/devices/pairing-mailbox.ts'
import { storagePendingDeletions } from '../../src/features/devices/pending-deletions.ts'
import type { SelfRecord } from '../../src/features/devices/records.ts'
import type { BackupRecord } from '../../src/storage/index.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { memoryRecords } from '../support/household-devices.ts'
import { startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'

let relay: TestRelay
const stops: (() => void)[] = []
beforeAll(async () => {
  relay = await startTestRelay()
})
afterAll(async () => {
  for (const stop of stops) stop()
  await relay.stop()
})

/** A WebSocket whose network a test cuts: sockets close, new ones are refused (port 1). */
function switchableNetwork() {
  let online = true
  const open = new Set<WebSocket>()
  class SwitchedSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(online ? url : 'ws://127.0.0.1:1/', protocols)
      open.add(this)
      this.on('close', () => open.delete(this))
    }
  }
  return {
    WebSocketPolyfill: SwitchedSocket,
    set(next: boolean) {
      online = next
      if (!next) for (const s of open) s.terminate()
    },
  }
}

const secrets = createRoom()
const owner: SelfRecord = {
  role: 'owner',
  secrets,
  createdAt: new Date().toISOString(),
  mailbox: mailboxCapabilityOf(mailboxFromSeed(newMailboxSeed())),
  name: 'Téléphone',
}
const member: SelfRecord = {
  role: 'member',
  capability: {
    roomId: secrets.roomId,
    token: mintRoomToken(secrets.signingSecret, 'write', 600).token,
    roomKey: secrets.roomKey,
  },
  mailbox: mailboxCapabilityOf(mailboxFromSeed(newMailboxSeed())),
  name: 'Ordinateur',
  pairedAt: new Date().toISOString(),
}

const share = (id: string): BackupRecord => ({
  kind: 'share',
  id,
  updatedAt: '2026-12-01T10:00:00.000Z',
  value: { recipient: 'Forem', status: 'active' },
})

describe('deletions made offline', () => {
  it('survive a reload and reach the other device once the network is back', async () => {
    const network = switchableNetwork()
    const netA = { relayOrigin: relay.relay.url, WebSocketPolyfill: network.WebSocketPolyfill }
    const netB = { relayOrigin: relay.relay.url, WebSocketPolyfill: WebSocket }
    const recordsA = memoryRecords()
    const recordsB = memoryRecords()
    const bind = (self: SelfRecord, net: typeof netA | typeof netB, records: RecordsPort) => {
      const h = new HouseholdSync({ net, records, backoff: { minBackoffMs: 50, maxBackoffMs: 200 } })
      stops.push(() => h.stop())
      h.use(self)
      return h
    }
    const A = bind(owner, netA, recordsA.port)
    bind(member, netB, recordsB.port)
    recordsA.write(share('s1'))
    recordsA.write(share('s2'))
    await until(() => recordsB.rows.has('share/s1') && recordsB.rows.has('share/s2'), {
      timeout: 10_000,
      what: 'the shares reach B',
    })

    network.set(false)
    recordsA.remove('share', 's1')
    await until(async () => (await storagePendingDeletions.load()).some((d) => d.id === 's1'), {
      what: 'the deletion kept in storage',
    })
    // Reload: the binding and its memory are gone; storage stays. Still offline.
    A.stop()
    const A2 = bind(owner, netA, recordsA.port)
    expect(A2.ready).toBe(false)
    expect(recordsB.rows.has('share/s1')).toBe(true)

    network.set(true)
    await until(() => !recordsB.rows.has('share/s1'), { timeout: 10_000, what: 'the deletion reaches B' })
    expect(recordsB.rows.has('share/s2')).toBe(true)
    // Kept until a sync shows the relay holds it: the next start finds it there and forgets it.
    A2.stop()
    bind(owner, netA, recordsA.port)
    await until(async () => (await storagePendingDeletions.load()).length === 0, {
      what: 'nothing left waiting once the relay holds it',
    })
    expect(recordsA.rows.has('share/s1')).toBe(false)
  })
})
