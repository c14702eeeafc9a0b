// The device records of plan proposals read back typed (secrets as bytes), damaged ones left out.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { getDb } from '../../storage/index.ts'
import { createProposalInbox } from './links.ts'
import {
  type CapabilityRecord,
  getCapabilityRecord,
  type InboxRecord,
  inboxRecords,
  listInboxRecords,
  saveCapabilityRecord,
  saveInboxRecord,
} from './records.ts'

describe('proposal records', () => {
  it('keep an inbox’s secrets and cache as bytes, and count a damaged record without using it', async () => {
    const made = createProposalInbox({ relayOrigin: 'http://127.0.0.1', professional: 'Mme Dupont' })
    const record: InboxRecord = {
      id: made.inbox.secrets.roomId,
      professional: 'Mme Dupont',
      link: made.link,
      createdAt: '2025-03-01T10:00:00.000Z',
      inbox: made.inbox,
      answers: made.answers,
      cache: new Uint8Array([1, 2, 3]),
    }
    await saveInboxRecord(record)
    await getDb().records.put({
      kind: inboxRecords.kind,
      id: 'broken',
      value: { id: 'broken', professional: 1 },
      updatedAt: new Date().toISOString(),
    })
    const { records, damaged } = await listInboxRecords()
    expect(records).toEqual([record])
    expect(records[0]?.inbox.secrets.signingSecret).toBeInstanceOf(Uint8Array)
    expect(damaged).toBe(1)
  })

  it('keep an operator’s proposals with whether they were sent', async () => {
    const record: CapabilityRecord = {
      id: 'cap-1',
      fragment: 'room=x',
      openedAt: '2025-03-01T10:00:00.000Z',
      me: { name: 'Mme Dupont' },
      proposals: [
        {
          proposal: {
            id: 'p1',
            proposedBy: { role: 'operator', name: 'Mme Dupont' },
            createdAt: '2025-03-01T10:00:00.000Z',
            objective: { title: 'Permis B' },
            steps: [],
          } as unknown as CapabilityRecord['proposals'][number]['proposal'],
          sent: false,
        },
      ],
      outcomes: [],
    }
    await saveCapabilityRecord(record)
    expect(await getCapabilityRecord('cap-1')).toEqual(record)
    expect(await getCapabilityRecord('missing')).toBeUndefined()
  })
})
