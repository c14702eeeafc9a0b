import { describe, expect, it } from 'vitest'
import { parse } from '../domain/result.ts'
import { ValidationSchema } from '../domain/validation.ts'
import { issueCredential } from './sign.ts'
import { generateTrainerKeys } from './trainer-keys.ts'
import { matchesCredential, validationFieldsOf } from './validation-fields.ts'
import { verifyCredential } from './verify.ts'

const verified = async () => {
  const credential = await issueCredential({
    trainer: { name: '  Marie Dupont ', organisation: 'CISP Le Tremplin' },
    keys: generateTrainerKeys(),
    holderIdentifier: 'holder-1',
    competence: { id: 'c-1', label: ' Tenir une caisse ', family: 'savoir-faire' },
    assessment: { status: 'partial', level: 2, method: 'test', date: '2026-10-02', evidence: ' Test écrit ' },
  })
  const r = await verifyCredential(credential)
  if (!r.ok) throw new Error(r.code)
  return r.value
}

describe('credential → Validation', () => {
  it('gives fields the domain schema accepts unchanged (texts already trimmed)', async () => {
    const v = await verified()
    const fields = validationFieldsOf(v)
    expect(fields).toEqual({
      trainer: { name: 'Marie Dupont', organisation: 'CISP Le Tremplin' },
      level: 2,
      method: 'test',
      date: '2026-10-02',
      status: 'partial',
      evidence: 'Test écrit',
    })
    expect(v.competenceLabel).toBe('Tenir une caisse')
    const now = new Date().toISOString()
    const record = parse(ValidationSchema, {
      id: 'v-1',
      competenceId: 'c-1',
      ...fields,
      credential: v.credential,
      createdAt: now,
      updatedAt: now,
    })
    if (!record.ok) throw new Error(JSON.stringify(record.issues))
    expect(matchesCredential(record.value, v)).toBe(true)
  })

  it('detects a stored record edited underneath', async () => {
    const v = await verified()
    const fields = validationFieldsOf(v)
    expect(matchesCredential({ ...fields, status: 'validated' }, v)).toBe(false)
    expect(matchesCredential({ ...fields, level: 4 }, v)).toBe(false)
    expect(matchesCredential({ ...fields, trainer: { ...fields.trainer, name: 'X' } }, v)).toBe(false)
    expect(matchesCredential({ ...fields, evidence: undefined }, v)).toBe(false)
    expect(matchesCredential({ ...fields, comment: 'ajouté' }, v)).toBe(false)
  })
})
