import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { toBase64Url } from '../../protocol/index.ts'
import { getDb } from '../../storage/index.ts'
import { createRoom } from '../../transport/index.ts'
import { listDevices, loadSelf, saveDevice, saveSelf } from './records.ts'

describe('pairing records', () => {
  it('reads a version 1 record (base64 keys) as version 2 (bytes)', async () => {
    const room = createRoom()
    const v1 = {
      role: 'owner',
      secrets: {
        roomId: room.roomId,
        signingSecret: toBase64Url(room.signingSecret),
        roomKey: toBase64Url(room.roomKey),
      },
      createdAt: '2026-01-01T00:00:00.000Z',
    }
    await getDb().records.put({
      kind: 'pairing',
      id: 'self',
      value: v1,
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(await loadSelf()).toEqual({ role: 'owner', secrets: room, createdAt: v1.createdAt })
  })

  it('reports a version 1 record with bad key text as absent, not as an exception', async () => {
    const v1 = {
      tokenId: 't',
      label: 'PC',
      pairedAt: 'x',
      expiresAt: 'y',
      mailbox: { roomId: 'nope', roomKey: 1 },
    }
    await getDb().records.put({ kind: 'pairing', id: 'device:bad', value: v1, updatedAt: 'z' })
    expect(await listDevices()).toEqual([])
  })

  it('writes version 2 with bytes and reads it back', async () => {
    const mailbox = createRoom()
    await saveSelf({ role: 'owner', secrets: createRoom(), createdAt: '2026-01-02T00:00:00.000Z' })
    await saveDevice({
      tokenId: 't2',
      label: 'Phone',
      pairedAt: '2026-01-02T00:00:00.000Z',
      expiresAt: '2027-01-02T00:00:00.000Z',
      mailbox,
    })
    const row = await getDb().records.get(['pairing', `device:${mailbox.roomId}`])
    expect(row?.version).toBe(2)
    const stored = row?.value as { mailbox: { roomKey: unknown } } | undefined
    expect(stored?.mailbox.roomKey).toBeInstanceOf(Uint8Array)
    expect((await listDevices()).map((d) => d.mailbox)).toEqual([mailbox])
  })
})
