import { describe, expect, it } from 'vitest'
import { toBase64Url, verifyToken } from '../protocol/index.ts'
import { backoffDelay } from './backoff.ts'
import { capabilityFromParams, capabilityParams, fragmentOf } from './capability.ts'
import { appLink, createRoom, mintRoomToken, parseRoomFragment, roomLink } from './room-keys.ts'

describe('room keys', () => {
  it('creates rooms whose tokens the relay can verify from the room id alone', () => {
    const room = createRoom()
    expect(room.roomKey.length).toBe(32)
    const now = 1_800_000_000
    const { token, tokenId, expiresAt } = mintRoomToken(room.signingSecret, 'read', 3600, now)
    const verified = verifyToken(token, room.roomId, now + 10)
    expect(verified).toEqual({
      ok: true,
      value: { role: 'read', issuedAt: now, expiresAt, tokenId, roomId: room.roomId },
    })
    expect(verifyToken(token, createRoom().roomId, now).ok).toBe(false)
    expect(() => mintRoomToken(room.signingSecret, 'read', 0)).toThrow()
  })

  it('writes a capability under a prefix as capabilityFromParams reads it, in a link of the app', () => {
    const room = createRoom()
    const { token } = mintRoomToken(room.signingSecret, 'read', 60)
    const c = { roomId: room.roomId, token, roomKey: room.roomKey }
    const text = new URLSearchParams({ ...capabilityParams(c, 's'), holder: 'h' }).toString()
    expect(text).toBe(
      `sroom=${room.roomId}&stoken=${encodeURIComponent(token)}&skey=${toBase64Url(room.roomKey)}&holder=h`,
    )
    const link = appLink('https://livret.example//', '/valider', text)
    expect(link).toBe(`https://livret.example/valider#${text}`)
    expect(fragmentOf(link)).toBe(text)
    expect(fragmentOf(text)).toBe(text)
    expect(capabilityFromParams(new URLSearchParams(fragmentOf(link)), 's')).toEqual(c)
    expect(capabilityFromParams(new URLSearchParams(text), 'i')).toBeUndefined()
  })

  it('round-trips a room link fragment and refuses a damaged one', () => {
    const room = createRoom()
    const { token } = mintRoomToken(room.signingSecret, 'write', 60)
    const link = roomLink('https://livret.example/', { roomId: room.roomId, token, roomKey: room.roomKey })
    expect(link.startsWith('https://livret.example/join#room=')).toBe(true)
    const parsed = parseRoomFragment(new URL(link).hash)
    expect(parsed).toEqual({ roomId: room.roomId, token, roomKey: room.roomKey })
    expect(parseRoomFragment(new URL(link).hash.replace(/key=.{4}/, 'key='))).toBeUndefined()
    expect(parseRoomFragment(`room=abc&token=${token}&key=x`)).toBeUndefined()
  })
})

describe('backoff', () => {
  it('grows exponentially within [ceiling/2, ceiling] and stays under the cap', () => {
    const opts = { minBackoffMs: 100, maxBackoffMs: 5000 }
    expect(backoffDelay(0, opts, 0)).toBe(50)
    expect(backoffDelay(0, opts, 0.999)).toBe(100)
    expect(backoffDelay(3, opts, 0)).toBe(400)
    expect(backoffDelay(50, opts, 0.999)).toBe(4998)
    expect(backoffDelay(50, opts, 0)).toBe(2500)
    const spread = new Set(Array.from({ length: 20 }, () => backoffDelay(4, opts)))
    expect(spread.size).toBeGreaterThan(5)
  })
})
