// The private-room runtime and device management against the real relay: the owner pairs two
// devices (each writes its name into its own mailbox), all three edit offline and converge, then
// the owner removes one: its runtime says 'removed', its mailbox is erased, and it gets nothing more; the
// remaining device, which was offline during the removal (and edited meanwhile), finds its new capability in its mailbox
// when it comes back, moves on its own (onMoved), and its offline edit reaches the owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createBookletDoc, listItems, putItem } from '../../src/booklet/index.ts'
import { sampleCompetence } from '../../src/domain/index.ts'
import { readPairingLink } from '../../src/features/devices/pairing.ts'
import { joinPrivateRoom } from '../../src/features/devices/pairing-join.ts'
import { exchangeMailbox, writeMailboxOffer } from '../../src/features/devices/pairing-mailbox.ts'
import {
  cancelPairing,
  mailboxCapability,
  type OwnedDevice,
  pairNewDevice,
  readDeviceName,
  removeDevices,
} from '../../src/features/devices/private-devices.ts'
import {
  type PrivateLink,
  PrivateSync,
  type PrivateSyncState,
} from '../../src/features/devices/private-sync.ts'
import { RetryScheduler } from '../../src/features/runtime/index.ts'
import { fakeNetwork } from '../../src/features/runtime/testing.ts'
import { createRoom } from '../../src/transport/room-keys.ts'
import { startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'

let relay: TestRelay
let net: { relayOrigin: string; WebSocketPolyfill: unknown }
const runtimes: PrivateSync[] = []
// The network never changes in this file; the scheduler retries the mailbox reads with backoff.
const retry = new RetryScheduler({ network: fakeNetwork(), backoff: { minBackoffMs: 50, maxBackoffMs: 200 } })
beforeAll(async () => {
  relay = await startTestRelay()
  net = { relayOrigin: relay.relay.url, WebSocketPolyfill: WebSocket }
})
afterAll(async () => {
  for (const r of runtimes) r.stop()
  retry.dispose()
  await relay.stop()
})

const labels = (doc: Y.Doc) =>
  listItems(doc, 'competences')
    .items.map((c) => c.label)
    .sort()
const runtime = (doc: Y.Doc, moved?: PrivateLink[]) => {
  const states: PrivateSyncState[] = []
  const r = new PrivateSync({
    doc,
    net,
    retry,
    backoff: { minBackoffMs: 50, maxBackoffMs: 200 },
    onState: (s) => states.push(s),
    ...(moved ? { onMoved: (l: PrivateLink) => void moved.push(l) } : {}),
  })
  runtimes.push(r)
  return { r, states }
}

/** The owner shows a pairing code: marks the device's mailbox as offered. */
async function offer(device: OwnedDevice) {
  const marked = await exchangeMailbox(mailboxCapability(device.mailbox), net, (d) => writeMailboxOffer(d))
  expect(marked.ok).toBe(true)
}

/** A device joining from a pairing link (checks, names itself), then running the private sync. */
async function join(link: string, name: string, doc: Y.Doc, moved: PrivateLink[]) {
  const read = readPairingLink(link)
  if (!read.ok) throw new Error(read.code)
  const joined = await joinPrivateRoom(doc, read.value, name, net)
  if (!joined.ok) throw new Error(joined.code)
  const rt = runtime(doc, moved)
  const { capability, mailbox, room } = joined.value
  rt.r.use({ role: 'member', capability, mailbox }, room)
  return rt
}

describe('private sync runtime', () => {
  it('pairs with mailboxes, merges offline edits, removes a device and moves the others', async () => {
    const a = createBookletDoc()
    putItem(a, 'competences', sampleCompetence({ label: 'A-BEFORE' }))
    const secrets = createRoom()
    const owner = runtime(a)
    owner.r.use({ role: 'owner', secrets })

    const pb = pairNewDevice(secrets, { appOrigin: relay.relay.url })
    const pc = pairNewDevice(secrets, { appOrigin: relay.relay.url })
    expect(await readDeviceName(pb.device, net)).toEqual({ ok: true, value: undefined })
    // Before the owner marks the mailbox as offered, the link is not accepted.
    const early = readPairingLink(pb.pairing.link)
    if (!early.ok) throw new Error(early.code)
    expect(await joinPrivateRoom(createBookletDoc(), early.value, 'trop tôt', net)).toEqual({
      ok: false,
      code: 'mailbox-not-offered',
    })
    await offer(pb.device)
    await offer(pc.device)
    // A link whose room key was changed: the relay accepts the token, but nothing opens → refused
    // before this device seals anything under that key.
    await until(() => owner.r.status.state === 'synced', { timeout: 3000, what: 'owner synced' })
    const badKey = readPairingLink(
      pb.pairing.link.replace(/&key=(.)/, (_m, ch: string) => `&key=${ch === 'A' ? 'B' : 'A'}`),
    )
    if (!badKey.ok) throw new Error(badKey.code)
    const spy = createBookletDoc()
    putItem(spy, 'competences', sampleCompetence({ label: 'NOT-SENT' }))
    expect(await joinPrivateRoom(spy, badKey.value, 'espion', net)).toEqual({
      ok: false,
      code: 'link-bad-key',
    })
    const b = createBookletDoc()
    const c = createBookletDoc()
    const movedB: PrivateLink[] = []
    const rb = await join(pb.pairing.link, 'Ordinateur', b, movedB)
    const rc = await join(pc.pairing.link, 'Vieux téléphone', c, [])
    expect(await readDeviceName(pb.device, net)).toEqual({ ok: true, value: 'Ordinateur' })
    await until(() => labels(b).includes('A-BEFORE') && labels(c).includes('A-BEFORE'), {
      timeout: 5000,
      what: 'joined',
    })
    await until(() => rb.states.at(-1)?.state === 'synced', { timeout: 2000, what: 'B synced state' })

    // Offline on all sides, three different edits, back online: converged.
    for (const r of [owner.r, rb.r, rc.r]) r.sealedRoom?.disconnect()
    expect(owner.r.status.state).toBe('offline')
    putItem(a, 'competences', sampleCompetence({ label: 'A-OFFLINE' }))
    putItem(b, 'competences', sampleCompetence({ label: 'B-OFFLINE' }))
    putItem(c, 'competences', sampleCompetence({ label: 'C-OFFLINE' }))
    for (const r of [owner.r, rb.r, rc.r]) r.sealedRoom?.connect()
    const all = ['A-BEFORE', 'A-OFFLINE', 'B-OFFLINE', 'C-OFFLINE']
    await until(() => [a, b, c].every((d) => JSON.stringify(labels(d)) === JSON.stringify(all)), {
      timeout: 5000,
      what: 'converged',
    })

    // B goes offline and edits; meanwhile the owner removes C.
    rb.r.sealedRoom?.disconnect()
    putItem(b, 'competences', sampleCompetence({ label: 'B-DURING-REMOVAL' }))
    const devB: OwnedDevice = { ...pb.device, label: 'Ordinateur' }
    const devC: OwnedDevice = { ...pc.device, label: 'Vieux téléphone' }
    const removal = await removeDevices(a, secrets, [devC], [devB], { ...net, appOrigin: relay.relay.url })
    if (!removal.ok) throw new Error(removal.code)
    owner.r.use({ role: 'owner', secrets: removal.value.secrets }, removal.value.room)
    await until(() => rc.r.status.state === 'removed', { timeout: 3000, what: 'C removed' })
    expect(removal.value.remaining[0]?.tokenId).not.toBe(devB.tokenId)
    expect(removal.value.remaining[0]?.mailbox.roomId).toBe(devB.mailbox.roomId)
    // C's mailbox is erased; B's holds the new room.
    if (!pc.pairing.mailbox) throw new Error('no mailbox in the pairing')
    expect(await exchangeMailbox(pc.pairing.mailbox, net)).toEqual({ ok: false, code: 'room-gone' })

    // B comes back: 'room-gone' → mailbox → new room; its offline edit reaches the owner.
    rb.r.sealedRoom?.connect()
    await until(() => movedB.length === 1, { timeout: 5000, what: 'B moved' })
    const movedLink = movedB[0]
    expect(movedLink?.role === 'member' && movedLink.capability.roomId).toBe(removal.value.secrets.roomId)
    await until(() => labels(a).includes('B-DURING-REMOVAL'), {
      timeout: 5000,
      what: 'B edit reached A after the move',
    })
    putItem(a, 'competences', sampleCompetence({ label: 'A-AFTER' }))
    await until(() => labels(b).includes('A-AFTER'), {
      timeout: 5000,
      what: 'A edit reached B in the new room',
    })
    expect(rb.states.map((s) => s.state)).toContain('moving')

    // C started again later with its old link: the old room is gone and so is its mailbox → removed.
    const again = runtime(createBookletDoc())
    const cLink = readPairingLink(pc.pairing.link)
    if (!cLink.ok || !cLink.value.mailbox) throw new Error('bad link')
    again.r.use({ role: 'member', capability: cLink.value, mailbox: cLink.value.mailbox })
    await until(() => again.r.status.state === 'removed', {
      timeout: 5000,
      what: 'C removed after a restart',
    })
    expect(again.states.map((s) => s.state)).not.toContain('synced')
    expect(labels(c)).not.toContain('A-AFTER')
  })

  it('cancels an unused pairing: its token is refused and its mailbox erased', async () => {
    const secrets = createRoom()
    const p = pairNewDevice(secrets, { appOrigin: relay.relay.url })
    await offer(p.device)
    expect((await cancelPairing(secrets, p.device, net)).ok).toBe(true)
    const d = new Y.Doc()
    const rt = runtime(d)
    const read = readPairingLink(p.pairing.link)
    if (!read.ok || !read.value.mailbox) throw new Error('bad link')
    rt.r.use({ role: 'member', capability: read.value, mailbox: read.value.mailbox })
    await until(() => rt.r.status.state === 'removed', { timeout: 3000, what: 'cancelled token refused' })
    expect(await exchangeMailbox(read.value.mailbox, net)).toEqual({ ok: false, code: 'room-gone' })
  })

  it('refuses a tampered pairing link and tells a changed mailbox seed apart', () => {
    const secrets = createRoom()
    const { pairing } = pairNewDevice(secrets, { appOrigin: 'https://livret.test' })
    expect(readPairingLink(pairing.link).ok).toBe(true)
    expect(readPairingLink(pairing.link.replace('token=', 'token=A'))).toEqual({
      ok: false,
      code: 'link-bad-token',
    })
    expect(readPairingLink(pairing.link.replace(/&mbox=[^&]*/, '&mbox=abc'))).toEqual({
      ok: false,
      code: 'link-malformed',
    })
    // A changed seed is a well-formed link to another (empty) mailbox: joining refuses it
    // ('mailbox-not-offered', above); here, it is at least not the same mailbox.
    const good = readPairingLink(pairing.link)
    const m = pairing.link.indexOf('mbox=') + 'mbox='.length + 5
    const flipped = `${pairing.link.slice(0, m)}${pairing.link[m] === 'A' ? 'B' : 'A'}${pairing.link.slice(m + 1)}`
    const other = readPairingLink(flipped)
    expect(good.ok && other.ok && good.value.mailbox?.roomId !== other.value.mailbox?.roomId).toBe(true)
  })
})
