import { describe, expect, it } from 'vitest'
import {
  ENTRY_AD_PREFIX,
  ENTRY_VERSION,
  generateRoomKey,
  importRoomKey,
  NONCE_LENGTH,
  openEntry,
  sealEntry,
} from './envelope.ts'
import { generateRoomKeys } from './ids.ts'

describe('envelope entries', async () => {
  const room = generateRoomKeys()
  const key = await importRoomKey(generateRoomKey())
  const update = new TextEncoder().encode('a Yjs update')

  it('seal and open, keeping the kind', async () => {
    const entry = await sealEntry(key, room.roomId, 'snapshot', update)
    expect(entry[0]).toBe(ENTRY_VERSION)
    expect(entry.length).toBe(1 + 12 + 1 + update.length + 16)
    expect(Buffer.from(entry).includes(Buffer.from('a Yjs update'))).toBe(false)
    expect(await openEntry(key, room.roomId, entry)).toEqual({
      ok: true,
      value: { kind: 'snapshot', update },
    })
    const u = await openEntry(key, room.roomId, await sealEntry(key, room.roomId, 'update', update))
    expect(u.ok && u.value.kind).toBe('update')
  })

  it('uses a fresh nonce for each entry', async () => {
    const a = await sealEntry(key, room.roomId, 'update', update)
    const b = await sealEntry(key, room.roomId, 'update', update)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
  })

  it('refuses a tampered entry (ciphertext, nonce or tag)', async () => {
    const entry = await sealEntry(key, room.roomId, 'update', update)
    for (const at of [5, 14, entry.length - 1]) {
      const bad = entry.slice()
      bad[at] = (bad[at] as number) ^ 0x80
      expect(await openEntry(key, room.roomId, bad)).toEqual({ ok: false, code: 'entry-tampered' })
    }
  })

  it('refuses an entry from another room or under another key', async () => {
    const entry = await sealEntry(key, room.roomId, 'update', update)
    expect(await openEntry(key, generateRoomKeys().roomId, entry)).toEqual({
      ok: false,
      code: 'entry-tampered',
    })
    const otherKey = await importRoomKey(generateRoomKey())
    expect(await openEntry(otherKey, room.roomId, entry)).toEqual({ ok: false, code: 'entry-tampered' })
  })

  it('refuses an unknown version and truncated entries', async () => {
    const entry = await sealEntry(key, room.roomId, 'update', update)
    const v2 = entry.slice()
    v2[0] = 2
    expect(await openEntry(key, room.roomId, v2)).toEqual({ ok: false, code: 'entry-version' })
    expect(await openEntry(key, room.roomId, entry.slice(0, 20))).toEqual({
      ok: false,
      code: 'entry-malformed',
    })
    expect(await openEntry(key, room.roomId, new Uint8Array())).toEqual({
      ok: false,
      code: 'entry-malformed',
    })
  })

  it('refuses an authentic entry of an unknown kind by name', async () => {
    // Sealed by hand with kind byte 7: it authenticates, so only the kind can refuse it.
    const nonce = new Uint8Array(NONCE_LENGTH).fill(3)
    const plain = new Uint8Array([7, ...update])
    const cipher = new Uint8Array(
      await crypto.subtle.encrypt(
        {
          name: 'AES-GCM',
          iv: nonce,
          additionalData: new TextEncoder().encode(ENTRY_AD_PREFIX + room.roomId),
        },
        key,
        plain,
      ),
    )
    const entry = new Uint8Array([ENTRY_VERSION, ...nonce, ...cipher])
    expect(await openEntry(key, room.roomId, entry)).toEqual({ ok: false, code: 'entry-kind' })
    plain[0] = 1
    const snapshot = new Uint8Array(
      await crypto.subtle.encrypt(
        {
          name: 'AES-GCM',
          iv: nonce,
          additionalData: new TextEncoder().encode(ENTRY_AD_PREFIX + room.roomId),
        },
        key,
        plain,
      ),
    )
    const opened = await openEntry(key, room.roomId, new Uint8Array([ENTRY_VERSION, ...nonce, ...snapshot]))
    expect(opened.ok && opened.value.kind).toBe('snapshot')
  })

  it('refuses a key of the wrong size', async () => {
    await expect(importRoomKey(new Uint8Array(16))).rejects.toThrow()
  })
})
