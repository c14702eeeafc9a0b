import { describe, expect, it } from 'vitest'
import { fr } from '../i18n/index.ts'
import { FIELD_ERRORS, toFieldErrors } from './crud/save.ts'
import { errorMessages } from './errors.ts'

describe('errorMessages', () => {
  const words = errorMessages<'share-gone' | 'share-expired'>(
    { 'share-gone': 'operator.error.share-gone', 'share-expired': 'operator.error.share-expired' },
    'operator.error.share-invalid',
  )

  it('gives the key and the sentence of each code', () => {
    expect(words.key('share-gone')).toBe('operator.error.share-gone')
    expect(words.text('share-expired')).toBe(fr['operator.error.share-expired'])
  })

  it('answers a code from outside the type with the fallback', () => {
    expect(words.keyOf('relay-new-refusal')).toBe('operator.error.share-invalid')
    // An inherited property name is not a code.
    expect(words.keyOf('toString')).toBe('operator.error.share-invalid')
  })

  it('refuses, at type-checking, a map that forgets a code or adds one', () => {
    errorMessages<'share-gone' | 'share-expired'>(
      // @ts-expect-error 'share-expired' has no words
      { 'share-gone': 'operator.error.share-gone' },
      'error.invalid',
    )
    errorMessages<'share-gone'>(
      // @ts-expect-error 'share-lost' is not a code of the type
      { 'share-gone': 'operator.error.share-gone', 'share-lost': 'operator.error.share-gone' },
      'error.invalid',
    )
  })
})

describe('field codes', () => {
  it('turns schema codes into field messages, unknown ones into "invalid"', () => {
    const errors = toFieldErrors([
      { path: 'title', code: 'too-long' },
      { path: 'commitments.0.text', code: 'some-new-code' },
    ])
    expect(errors).toEqual({
      title: 'error.too-long',
      'commitments.0.text': 'error.invalid',
      commitments: 'error.invalid',
    })
    expect(FIELD_ERRORS.key('quota')).toBe('error.quota')
  })
})
