import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url.ts'
import { generateRoomKeys, isRoomId, publicKeyFromRoomId } from './ids.ts'
import { decodeTokenUnverified, mintToken, TOKEN_LENGTH, verifyToken } from './token.ts'

const now = 1_800_000_000

describe('room ids', () => {
  it('derive from the room public key', () => {
    const keys = generateRoomKeys()
    expect(keys.roomId).toHaveLength(43)
    expect(isRoomId(keys.roomId)).toBe(true)
    expect(publicKeyFromRoomId(keys.roomId)).toEqual(keys.signingPublic)
    expect(isRoomId(`${keys.roomId}A`)).toBe(false)
    expect(isRoomId('not a room')).toBe(false)
  })
})

describe('tokens', () => {
  const room = generateRoomKeys()
  const mint = (extra: Partial<Parameters<typeof mintToken>[1]> = {}) =>
    mintToken(room.signingSecret, { role: 'append', issuedAt: now - 10, expiresAt: now + 3600, ...extra })

  it('round-trip with role, times and token id', () => {
    const token = mint({ tokenId: '00112233445566778899aabbccddeeff' })
    expect(fromBase64Url(token)).toHaveLength(TOKEN_LENGTH)
    const result = verifyToken(token, room.roomId, now)
    expect(result).toEqual({
      ok: true,
      value: {
        role: 'append',
        issuedAt: now - 10,
        expiresAt: now + 3600,
        tokenId: '00112233445566778899aabbccddeeff',
        roomId: room.roomId,
      },
    })
    for (const role of ['read', 'write'] as const) {
      const r = verifyToken(mint({ role }), room.roomId, now)
      expect(r.ok && r.value.role).toBe(role)
    }
  })

  it('draws a random token id when none is given', () => {
    expect(decodeTokenUnverified(mint())?.tokenId).not.toBe(decodeTokenUnverified(mint())?.tokenId)
  })

  it('refuses a token of another room', () => {
    const other = generateRoomKeys()
    expect(verifyToken(mint(), other.roomId, now)).toEqual({ ok: false, code: 'token-wrong-room' })
    expect(verifyToken(mint(), 'garbage', now)).toEqual({ ok: false, code: 'token-wrong-room' })
  })

  it('refuses an expired token, at and after its expiry', () => {
    const token = mint({ expiresAt: now })
    expect(verifyToken(token, room.roomId, now)).toEqual({ ok: false, code: 'token-expired' })
    expect(verifyToken(token, room.roomId, now - 1).ok).toBe(true)
  })

  it('refuses a tampered signature', () => {
    const bytes = fromBase64Url(mint()) as Uint8Array
    bytes[TOKEN_LENGTH - 5] = (bytes[TOKEN_LENGTH - 5] as number) ^ 1
    expect(verifyToken(toBase64Url(bytes), room.roomId, now)).toEqual({
      ok: false,
      code: 'token-bad-signature',
    })
  })

  it('refuses a tampered payload (role raised, expiry pushed back)', () => {
    const bytes = fromBase64Url(mint()) as Uint8Array
    bytes[1] = 3
    expect(verifyToken(toBase64Url(bytes), room.roomId, now)).toEqual({
      ok: false,
      code: 'token-bad-signature',
    })
    const later = fromBase64Url(mint()) as Uint8Array
    later[6] = 0xff
    expect(verifyToken(toBase64Url(later), room.roomId, now)).toEqual({
      ok: false,
      code: 'token-bad-signature',
    })
  })

  it('refuses a token signed by another key for this room id', () => {
    const other = generateRoomKeys()
    const bytes = fromBase64Url(
      mintToken(other.signingSecret, { role: 'write', expiresAt: now + 60 }),
    ) as Uint8Array
    bytes.set(room.signingPublic, 26)
    expect(verifyToken(toBase64Url(bytes), room.roomId, now)).toEqual({
      ok: false,
      code: 'token-bad-signature',
    })
  })

  it('refuses malformed strings', () => {
    const good = mint()
    const bad = [
      '',
      'x',
      good.slice(0, -1),
      `${good}A`,
      `${good}AA`,
      `${good}=`,
      good.replace(/.$/, '*'),
      'A'.repeat(500),
    ]
    for (const token of bad)
      expect(verifyToken(token, room.roomId, now)).toEqual({ ok: false, code: 'token-malformed' })
    const wrongVersion = fromBase64Url(good) as Uint8Array
    wrongVersion[0] = 2
    expect(verifyToken(toBase64Url(wrongVersion), room.roomId, now).ok).toBe(false)
    const wrongRole = fromBase64Url(good) as Uint8Array
    wrongRole[1] = 9
    expect(verifyToken(toBase64Url(wrongRole), room.roomId, now)).toEqual({
      ok: false,
      code: 'token-malformed',
    })
    expect(verifyToken(undefined as unknown as string, room.roomId, now)).toEqual({
      ok: false,
      code: 'token-malformed',
    })
  })
})
