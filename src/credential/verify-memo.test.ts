// verifyCredential remembers outcomes by the SHA-256 of the JSON text: the same bytes verify once, a
// changed byte is verified anew, and no caller can change what another caller receives.
import { describe, expect, it } from 'vitest'
import { issueCredential } from './sign.ts'
import { generateTrainerKeys } from './trainer-keys.ts'
import { forgetVerifiedCredentials, verifyCredential } from './verify.ts'

const issue = async () =>
  JSON.parse(
    JSON.stringify(
      await issueCredential({
        trainer: { name: 'Marie Dupont', organisation: 'CISP Le Tremplin' },
        keys: generateTrainerKeys(),
        holderIdentifier: 'holder',
        competence: { id: 'c1', label: 'Tenir une caisse', family: 'savoir-faire' },
        assessment: { status: 'partial', level: 2, method: 'situation', date: '2026-11-20' },
      }),
    ),
  ) as Record<string, unknown>

describe('remembered verification', () => {
  it('gives the same answer for the same bytes, with a copy of its own for each caller', async () => {
    forgetVerifiedCredentials()
    const c = await issue()
    const first = await verifyCredential(c)
    const second = await verifyCredential(JSON.stringify(c))
    if (!first.ok || !second.ok) throw new Error('own credential did not verify')
    expect(second.value).toEqual(first.value)
    expect(second.value.credential).not.toBe(first.value.credential)
    ;(first.value.credential as { name: string }).name = 'changed by a caller'
    const third = await verifyCredential(c)
    expect(third.ok && (third.value.credential as { name: string }).name).toBe(c.name)
    // The shared parts are frozen: changing them is a bug that shows at once.
    expect(() => {
      ;(second.value.trainer as { name: string }).name = 'x'
    }).toThrow(TypeError)
  })

  it('a changed byte is verified anew, and refused', async () => {
    const c = await issue()
    expect((await verifyCredential(c)).ok).toBe(true)
    const changed = { ...c, name: `${c.name as string} ` }
    const r = await verifyCredential(changed)
    expect(r.ok ? 'ok' : r.code).toBe('credential-bad-proof')
    expect((await verifyCredential(c)).ok).toBe(true)
  })
})
