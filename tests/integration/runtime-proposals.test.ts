// The proposal runtimes against the real relay: the holder's 'proposal-inboxes' (holder mode, on the
// open booklet) and the operator's 'proposal-outbox' (operator mode). A proposal made through the
// outbox reaches the holder's inbox; a proposal made while the operator is offline waits and leaves
// when the network is back; once both are stopped no socket is left and a proposal stays on the
// device.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ProposalId } from '../../src/domain/index.ts'
import { createInbox, inboxesStore } from '../../src/features/proposals/holder-inboxes.ts'
import { openOutbox, outboxStore, sendProposal } from '../../src/features/proposals/operator-outbox.ts'
import { saveCapabilityRecord } from '../../src/features/proposals/records.ts'
import { appRuntime } from '../../src/features/runtime/index.ts'
import { fakeNetwork } from '../../src/features/runtime/testing.ts'
import { runtimeHarness } from '../support/runtime.ts'
import { until } from '../support/until.ts'

const h = runtimeHarness()
const operator = { role: 'operator', name: 'Mme Dupont', organisation: 'CPAS de Namur' } as const
const proposal = (id: string) => ({
  id: id as ProposalId,
  proposedBy: operator,
  createdAt: new Date().toISOString(),
  objective: { title: `Objectif ${id}` },
  steps: [{ title: `Étape ${id}`, commitments: [{ actor: operator, text: 'Je m’en occupe', done: false }] }],
})
const pendingIds = () => inboxesStore.get().inboxes.flatMap((v) => v.report.pending.map((p) => p.id))

describe('proposal runtimes', () => {
  it('outbox to inbox, offline then back, and nothing after stop', async () => {
    const booklet = new Y.Doc()
    const holder = h.registry([appRuntime('proposal-inboxes')])
    holder.start('holder', booklet)
    await until(() => !inboxesStore.get().loading, { what: 'holder inboxes loaded' })
    const record = await createInbox('Mme Dupont', 'CPAS de Namur')
    await until(() => inboxesStore.get().inboxes[0]?.status === 'synced', { what: 'holder inbox synced' })

    const network = fakeNetwork()
    const op = h.registry([appRuntime('proposal-outbox')], network)
    op.start('operator')
    const id = 'link-1'
    const fragment = record.link.slice(record.link.indexOf('#') + 1)
    await saveCapabilityRecord({
      id,
      fragment,
      openedAt: new Date().toISOString(),
      me: {},
      proposals: [],
      outcomes: [],
    })
    await until(async () => (await openOutbox(id)) !== undefined, { what: 'outbox open' })
    await until(() => outboxStore.get()[id]?.status === 'synced', { what: 'outbox synced' })
    expect((await sendProposal(id, proposal('p-1'))).ok).toBe(true)
    await until(() => pendingIds().includes('p-1' as ProposalId), { what: 'first proposal at the holder' })

    network.set(false)
    await until(() => outboxStore.get()[id]?.status === 'offline', { what: 'outbox offline' })
    expect((await sendProposal(id, proposal('p-2'))).ok).toBe(true)
    expect(outboxStore.get()[id]?.record.proposals.find((p) => p.proposal.id === 'p-2')?.sent).toBe(false)
    network.set(true)
    await until(() => pendingIds().includes('p-2' as ProposalId), {
      what: 'second proposal after the network is back',
    })
    await until(() => outboxStore.get()[id]?.record.proposals.every((p) => p.sent), { what: 'all sent' })

    // Stopped: the holder's rooms and the operator's rooms close; a new proposal cannot be made.
    holder.registry.stopAll()
    op.start('trainer')
    await h.noSockets()
    expect(inboxesStore.get().inboxes).toEqual([])
    expect(outboxStore.get()).toEqual({})
    expect(await openOutbox(id)).toBeUndefined()
    expect(await sendProposal(id, proposal('p-3'))).toEqual({ ok: false, code: 'not-open' })
    expect(h.connections()).toBe(0)

    // Started again, the outbox opens the link by itself only if a proposal waits: none does.
    op.start('operator')
    holder.start('holder', booklet)
    await until(() => inboxesStore.get().inboxes[0]?.status === 'synced', { what: 'holder back' })
    expect(outboxStore.get()).toEqual({})
    expect(pendingIds().sort()).toEqual(['p-1', 'p-2'])
  })
})
