import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createRoom, mintRoomToken } from '../../transport/index.ts'
import { boxPublicKey, newBoxSecret } from './device-box.ts'
import { householdRoomOf, readHousehold, writeHouseholdDevice, writeHouseholdKeeper } from './household.ts'
import { pushHouseholdRecords, readHouseholdRecords } from './household-records.ts'

const mailbox = () => {
  const room = createRoom()
  return {
    roomId: room.roomId,
    token: mintRoomToken(room.signingSecret, 'write', 600).token,
    roomKey: room.roomKey,
  }
}

describe('household', () => {
  it('is derived from the private room key alone, and changes with it', () => {
    const key = createRoom().roomKey
    expect(householdRoomOf(key)).toEqual(householdRoomOf(key))
    expect(householdRoomOf(createRoom().roomKey).roomId).not.toBe(householdRoomOf(key).roomId)
  })

  it('reads back what devices wrote and leaves out what does not parse', () => {
    const doc = new Y.Doc()
    const secret = createRoom().signingSecret
    const box = boxPublicKey(newBoxSecret())
    const m = mailbox()
    writeHouseholdKeeper(doc, secret)
    writeHouseholdDevice(doc, {
      id: m.roomId,
      label: 'Tablette',
      pairedAt: '2026-12-01T10:00:00.000Z',
      mailbox: m,
      box,
    })
    const devices = doc.getMap<unknown>('devices')
    devices.set('not-a-room', '{"label":"x"}')
    const other = mailbox()
    // An entry filed under another device's id is refused (a device writes only its own).
    devices.set(other.roomId, devices.get(m.roomId))
    devices.set(mailbox().roomId, 'not json')
    const read = readHousehold(doc)
    expect(read.signingSecret).toEqual(secret)
    expect(read.devices).toEqual([
      { id: m.roomId, label: 'Tablette', pairedAt: '2026-12-01T10:00:00.000Z', mailbox: m, box },
    ])
  })

  it('keeps the newest write of each record, and never a device pairing', () => {
    const doc = new Y.Doc()
    const old = { kind: 'share', id: 's', updatedAt: '2026-12-01T10:00:00.000Z', value: { status: 'active' } }
    const newer = { ...old, updatedAt: '2026-12-01T11:00:00.000Z', value: { status: 'withdrawn' } }
    expect(pushHouseholdRecords(doc, [newer])).toBe(1)
    expect(pushHouseholdRecords(doc, [old])).toBe(0)
    expect(
      pushHouseholdRecords(doc, [{ kind: 'pairing', id: 'self', updatedAt: newer.updatedAt, value: {} }]),
    ).toBe(0)
    expect(readHouseholdRecords(doc)).toEqual([newer])
  })
})
