// Short handover codes: sealing round trip, binding to the id, typed codes and their derivation.
import { describe, expect, it } from 'vitest'
import {
  formatTypedCode,
  handoverLink,
  newHandoverSecret,
  newTypedCode,
  openHandover,
  parseHandoverLink,
  readTypedCode,
  sealHandover,
  secretOfTypedCode,
} from './handover.ts'

describe('handover codes', () => {
  it('seals a link that only its key and id open', async () => {
    const s = newHandoverSecret()
    const link = 'https://livret.example.org/proposer#room=abc&token=def'
    const sealed = await sealHandover(s, link)
    expect(new TextDecoder().decode(sealed)).not.toContain('room=abc')
    expect(await openHandover(s, sealed)).toEqual({ ok: true, value: link })
    expect(await openHandover(newHandoverSecret(), sealed)).toEqual({ ok: false, code: 'handover-tampered' })
    expect(await openHandover({ ...newHandoverSecret(), key: s.key }, sealed)).toEqual({
      ok: false,
      code: 'handover-tampered',
    })
    const flipped = sealed.slice()
    flipped[20] = (flipped[20] as number) ^ 1
    expect(await openHandover(s, flipped)).toEqual({ ok: false, code: 'handover-tampered' })
    expect(await openHandover(s, sealed.slice(0, 10))).toEqual({ ok: false, code: 'handover-malformed' })
  })

  it('writes and reads short links', () => {
    const s = newHandoverSecret()
    const link = handoverLink('https://livret.example.org/', s)
    expect(link).toMatch(/^https:\/\/livret\.example\.org\/h#[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{22}$/)
    expect(parseHandoverLink(link)).toEqual(s)
    expect(parseHandoverLink(link.replace('/h#', '/x#'))).toBeUndefined()
    expect(parseHandoverLink(`${link}.extra`)).toBeUndefined()
  })

  it('makes uniform 15-digit codes and derives the same id and key from what is typed', async () => {
    const digits = newTypedCode()
    expect(digits).toMatch(/^\d{15}$/)
    const shown = formatTypedCode(digits)
    expect(shown).toMatch(/^\d{5} \d{5} \d{5}$/)
    expect(readTypedCode(` ${shown.replaceAll(' ', '-')} `)).toBe(digits)
    expect(readTypedCode('1234')).toBeUndefined()
    expect(readTypedCode('12345 67890 1234a')).toBeUndefined()
    const a = await secretOfTypedCode(digits)
    const b = await secretOfTypedCode(readTypedCode(shown) as string)
    expect(a).toEqual(b)
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{12}$/)
    expect(a.key).toHaveLength(16)
    const other = await secretOfTypedCode('000000000000000')
    expect(other.id).not.toBe(a.id)
  })
})
