// The Validation record: credential required (a JSON object), comment, hidden, cached display fields.
import { describe, expect, it } from 'vitest'
import { type CompetenceId, newId } from './ids.ts'
import { sampleValidation } from './samples.ts'
import { issuesOf } from './testing.ts'
import { ValidationSchema } from './validation.ts'

describe('ValidationSchema', () => {
  const c = newId<CompetenceId>()
  it('accepts comment, hidden and the cached issuer fields', () => {
    const v = sampleValidation(c, {
      comment: 'Très soigneux',
      hidden: true,
      issuerDid: 'did:key:z6Mk',
      fingerprint: '2EF3-JG76-9DA9-2WH0',
    })
    expect(issuesOf(ValidationSchema, v)).toEqual([])
  })
  it('requires the credential as a JSON object', () => {
    for (const credential of [undefined, null, [], 'text', 3])
      expect(issuesOf(ValidationSchema, { ...sampleValidation(c), credential })).toEqual([
        'credential:invalid-credential',
      ])
  })
  it('refuses a non-boolean hidden, an overlong comment or fingerprint', () => {
    expect(issuesOf(ValidationSchema, { ...sampleValidation(c), hidden: 'yes' })).toEqual(['hidden:boolean'])
    expect(issuesOf(ValidationSchema, { ...sampleValidation(c), comment: 'x'.repeat(5_001) })).toEqual([
      'comment:too-long',
    ])
    expect(issuesOf(ValidationSchema, { ...sampleValidation(c), fingerprint: 'x'.repeat(41) })).toEqual([
      'fingerprint:too-long',
    ])
  })
})
