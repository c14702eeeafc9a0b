// A validation request kept on the device reads back whole (room secrets included), a damaged one is
// reported, and its status follows sending, receiving, closing and expiry.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { validationFixture } from '../../booklet/validation-fixture.ts'
import { getDb } from '../../storage/index.ts'
import {
  getRequest,
  isOpen,
  listRequests,
  recordOf,
  requestRecords,
  requestStatus,
  saveRequest,
} from './records.ts'
import { createValidationRequest } from './request.ts'

const created = (now = new Date()) => {
  const f = validationFixture()
  const ids = f.competences.map((c) => c.id)
  const r = createValidationRequest(f.doc, ids, 'M. Lambert (CISP)', { relayOrigin: 'http://x', now })
  if (!r.ok) throw new Error(r.code)
  return recordOf(r.value, { name: 'M. Lambert', organisation: 'CISP' }, ids, now)
}

describe('validation request records', () => {
  it('read back whole, secrets as bytes', async () => {
    const record = created()
    await saveRequest(record)
    const back = await getRequest(record.id)
    expect(back).toEqual(record)
    expect(back?.inbox.signingSecret).toBeInstanceOf(Uint8Array)
    expect(back?.link).toMatch(/^http:\/\/x\/valider#/)
  })

  it('a damaged record is counted, not used', async () => {
    const before = (await listRequests()).damaged
    await getDb().records.put({
      kind: requestRecords.kind,
      id: 'broken',
      value: { v: 1, id: 'broken', inbox: 'nope' },
      updatedAt: new Date().toISOString(),
    })
    expect(await getRequest('broken')).toBeUndefined()
    expect((await listRequests()).damaged).toBe(before + 1)
  })

  it('status: not sent, waiting, received, closed, expired', () => {
    const now = new Date('2026-01-10T10:00:00Z')
    const r = created(now)
    expect(requestStatus(r, now)).toBe('not-sent')
    expect(requestStatus({ ...r, pushed: true }, now)).toBe('waiting')
    expect(requestStatus({ ...r, pushed: true, received: 2 }, now)).toBe('received')
    expect(requestStatus({ ...r, closedAt: now.toISOString() }, now)).toBe('closed')
    const later = new Date(Date.parse(r.expiresAt) + 1000)
    expect(requestStatus({ ...r, pushed: true }, later)).toBe('expired')
    expect(isOpen(r, now)).toBe(true)
    expect(isOpen(r, later)).toBe(false)
  })
})
