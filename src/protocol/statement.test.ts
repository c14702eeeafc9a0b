import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url.ts'
import { generateRoomKeys } from './ids.ts'
import { signStatement, verifyStatement } from './statement.ts'

const now = 1_800_000_000

describe('statements', () => {
  const room = generateRoomKeys()
  const revoke = {
    v: 1 as const,
    type: 'revoke' as const,
    room: room.roomId,
    issuedAt: now,
    tokenIds: ['ab'.repeat(16)],
  }

  it('sign and verify, with a stable id per payload', () => {
    const body = signStatement(room.signingSecret, revoke)
    const result = verifyStatement(body, room.roomId, now + 5)
    expect(result.ok && result.value.statement).toEqual(revoke)
    const again = verifyStatement(JSON.parse(JSON.stringify(body)), room.roomId, now)
    expect(result.ok && again.ok && again.value.id === result.value.id).toBe(true)
    const other = verifyStatement(
      signStatement(room.signingSecret, { ...revoke, issuedAt: now + 1 }),
      room.roomId,
      now,
    )
    expect(result.ok && other.ok && other.value.id !== result.value.id).toBe(true)
  })

  it('refuses a statement for another room', () => {
    const other = generateRoomKeys()
    expect(verifyStatement(signStatement(room.signingSecret, revoke), other.roomId, now)).toEqual({
      ok: false,
      code: 'statement-wrong-room',
    })
    // Signed by another key but naming this room.
    expect(verifyStatement(signStatement(other.signingSecret, revoke), room.roomId, now)).toEqual({
      ok: false,
      code: 'statement-bad-signature',
    })
  })

  it('refuses a tampered payload or signature', () => {
    const body = signStatement(room.signingSecret, revoke)
    const payload = new TextDecoder().decode(fromBase64Url(body.payload)).replace('"revoke"', '"delete"')
    expect(
      verifyStatement({ ...body, payload: toBase64Url(new TextEncoder().encode(payload)) }, room.roomId, now),
    ).toEqual({
      ok: false,
      code: 'statement-bad-signature',
    })
    const sig = fromBase64Url(body.signature) as Uint8Array
    sig[0] = (sig[0] as number) ^ 1
    expect(verifyStatement({ ...body, signature: toBase64Url(sig) }, room.roomId, now).ok).toBe(false)
  })

  it('refuses stale or future statements', () => {
    const body = signStatement(room.signingSecret, revoke)
    expect(verifyStatement(body, room.roomId, now + 601)).toEqual({ ok: false, code: 'statement-stale' })
    expect(verifyStatement(body, room.roomId, now - 601)).toEqual({ ok: false, code: 'statement-stale' })
  })

  it('refuses malformed bodies and incomplete statements', () => {
    for (const body of [null, 'x', {}, { payload: 1, signature: 'a' }, { payload: '!!', signature: 'AA' }]) {
      expect(verifyStatement(body, room.roomId, now)).toEqual({ ok: false, code: 'statement-malformed' })
    }
    const noTarget = signStatement(room.signingSecret, {
      v: 1,
      type: 'revoke',
      room: room.roomId,
      issuedAt: now,
    })
    expect(verifyStatement(noTarget, room.roomId, now)).toEqual({ ok: false, code: 'statement-malformed' })
    const noAt = signStatement(room.signingSecret, { v: 1, type: 'expire', room: room.roomId, issuedAt: now })
    expect(verifyStatement(noAt, room.roomId, now)).toEqual({ ok: false, code: 'statement-malformed' })
    const extra = signStatement(room.signingSecret, { ...revoke, evil: true } as typeof revoke)
    expect(verifyStatement(extra, room.roomId, now)).toEqual({ ok: false, code: 'statement-malformed' })
  })
})
