// Issue 12 point 9 against the real relay: the person's records stay live across their paired
// devices while both are open, through the household (the records sync the shares already use).
// - A booklet received on the desktop is listed on the laptop at once, in operator mode (the
//   'household-records' runtime): the open list is told, no reload.
// - A proposal inbox opened on the phone is followed on the laptop at once (holder mode), with the
//   professional's proposal pending; answered on the phone (the decision arrives in the laptop's
//   booklet), it is no longer pending there; withdrawn on the phone, the laptop closes it.
// The desktop/phone is a household binding on records in memory; the laptop uses the app's storage
// (IndexedDB, fake here) and the app's runtimes.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBookletDoc } from '../../src/booklet/layout.ts'
import { decideProposal } from '../../src/booklet/proposal-steps.ts'
import type { PlanProposal, ProposalId } from '../../src/domain/index.ts'
import { HouseholdSync } from '../../src/features/devices/household-sync.ts'
import { saveSelf } from '../../src/features/devices/records.ts'
import { inboxesStore } from '../../src/features/proposals/holder-inboxes.ts'
import {
  createProposalInbox,
  parseProposalLink,
  proposePlanItems,
} from '../../src/features/proposals/links.ts'
import type { InboxRecord } from '../../src/features/proposals/records.ts'
import { listReceived, onReceivedChanged } from '../../src/features/receive/index.ts'
import { appRuntime } from '../../src/features/runtime/index.ts'
import { SealedRoom } from '../../src/transport/sealed-room.ts'
import { householdDevices } from '../support/household-devices.ts'
import { runtimeHarness } from '../support/runtime.ts'
import { until } from '../support/until.ts'

const h = runtimeHarness()

const { laptop, firstDevice } = householdDevices(h.net)

const now = () => new Date().toISOString()

describe('live across the person’s devices', () => {
  it('a booklet received on the desktop is listed on the laptop without a reload', async () => {
    await saveSelf(laptop)
    const desk = await firstDevice()
    const onLaptop = h.registry([appRuntime('household-records')])
    onLaptop.start('operator')
    let told = 0
    const off = onReceivedChanged(() => told++)
    expect(await listReceived()).toEqual([])
    desk.records.write({
      kind: 'received',
      id: 'rcv-1',
      updatedAt: now(),
      version: 2,
      value: {
        id: 'rcv-1',
        roomId: 'room-1',
        source: 'file',
        recipient: 'CPAS de Namur',
        displayName: 'Awa',
        mode: 'snapshot',
        sharedAt: now(),
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        receivedAt: now(),
        status: 'active',
        itemCount: 3,
      },
    })
    await until(async () => told > 0 && (await listReceived()).some((r) => r.displayName === 'Awa'), {
      what: 'the received booklet listed on the laptop, the open list told',
    })
    off()
    desk.household.stop()
    onLaptop.registry.stopAll()
  })

  it('a proposal inbox follows the holder from the phone to the laptop: pending, answered, withdrawn', async () => {
    const phone = await firstDevice()
    const laptopHousehold = new HouseholdSync({ net: h.net(), backoff: { minBackoffMs: 50 } })
    laptopHousehold.use(laptop)
    const laptopBooklet = createBookletDoc()
    const onLaptop = h.registry([appRuntime('proposal-inboxes')])
    onLaptop.start('holder', laptopBooklet)
    await until(() => !inboxesStore.get().loading && laptopHousehold.ready, { what: 'the laptop ready' })
    expect(inboxesStore.get().inboxes).toEqual([])

    // The phone opens an inbox for a counsellor, who proposes a step through the link.
    const made = createProposalInbox({ relayOrigin: h.url(), professional: 'Mme Dupont' })
    const record: InboxRecord = {
      id: made.inbox.secrets.roomId,
      professional: 'Mme Dupont',
      link: made.link,
      createdAt: now(),
      inbox: made.inbox,
      answers: made.answers,
    }
    phone.records.write({ kind: 'proposal-inbox', id: record.id, updatedAt: now(), value: record })
    const proposal: PlanProposal = {
      id: 'p-1' as ProposalId,
      proposedBy: { role: 'operator', name: 'Mme Dupont' },
      createdAt: now(),
      objective: { title: 'Trouver une formation' },
      steps: [{ title: 'Visiter le centre', commitments: [] }],
    }
    const counsellorDoc = new Y.Doc()
    const held = parseProposalLink(made.link)
    if (!held) throw new Error('the inbox link does not parse')
    const counsellor = new SealedRoom({
      serverUrl: h.url(),
      roomId: held.roomId,
      token: held.token,
      roomKey: held.roomKey,
      doc: counsellorDoc,
      role: 'append',
      WebSocketPolyfill: h.net().WebSocketPolyfill,
    })
    await until(() => counsellor.status.status === 'synced', { what: 'the counsellor connected' })
    expect(proposePlanItems(counsellorDoc, proposal).ok).toBe(true)
    const pendingOnLaptop = () =>
      inboxesStore
        .get()
        .inboxes.flatMap((v) => v.report.pending.map((p) => p.id))
        .includes(proposal.id)
    await until(pendingOnLaptop, { what: 'the proposal pending on the laptop (the inbox followed there)' })

    // Answered on the phone: the decision arrives in the laptop's booklet (the private room).
    const phoneBooklet = new Y.Doc()
    Y.applyUpdate(phoneBooklet, Y.encodeStateAsUpdate(laptopBooklet))
    const before = Y.encodeStateVector(phoneBooklet)
    expect(decideProposal(phoneBooklet, proposal, [{ accept: false, reason: 'Trop loin' }]).ok).toBe(true)
    Y.applyUpdate(laptopBooklet, Y.encodeStateAsUpdate(phoneBooklet, before))
    await until(() => !pendingOnLaptop(), { what: 'no longer pending on the laptop' })
    expect(inboxesStore.get().inboxes[0]?.decided.map((d) => d.proposal.id)).toEqual([proposal.id])

    // Withdrawn on the phone: the laptop closes it.
    phone.records.remove('proposal-inbox', record.id)
    await until(() => inboxesStore.get().inboxes.length === 0, { what: 'the inbox closed on the laptop' })
    counsellor.destroy()
    phone.household.stop()
    laptopHousehold.stop()
  })
})
