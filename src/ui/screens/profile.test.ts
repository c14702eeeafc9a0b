import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { putProfile, readProfile } from '../../booklet/index.ts'
import { toFieldErrors } from '../crud/save.ts'
import { profileInput, profileValues } from './profile.tsx'

describe('profile form values', () => {
  it('round-trip through the stored profile, empty optional fields left out', () => {
    const doc = new Y.Doc()
    const values = {
      displayName: 'Amina',
      city: ' Namur ',
      languages: 'français,  arabe ,,',
      drivingLicence: 'no',
      summary: '',
      email: '',
      phone: '+32 470 12 34 56',
      birthDate: '1990-05-14',
    }
    const r = putProfile(doc, profileInput(values, undefined))
    expect(r.ok).toBe(true)
    const stored = readProfile(doc)
    if (!stored.ok) throw new Error(stored.code)
    expect(stored.value.languages).toEqual(['français', 'arabe'])
    expect(stored.value.drivingLicence).toBe(false)
    expect('email' in stored.value && stored.value.email !== undefined).toBe(false)
    expect(profileValues(stored.value)).toMatchObject({
      displayName: 'Amina',
      city: 'Namur',
      languages: 'français, arabe',
      drivingLicence: 'no',
      phone: '+32 470 12 34 56',
      birthDate: '1990-05-14',
    })
    // Saving again keeps the creation time.
    const again = profileInput(profileValues(stored.value), stored.value)
    expect(again.createdAt).toBe(stored.value.createdAt)
  })

  it('gives errors by field for a missing name and a wrong e-mail', () => {
    const r = putProfile(new Y.Doc(), profileInput({ displayName: ' ', email: 'amina@' }, undefined))
    expect(r.ok).toBe(false)
    if (r.ok) return
    const errors = toFieldErrors(r.issues)
    expect(errors.displayName).toBe('error.empty')
    expect(errors.email).toBe('error.invalid-email')
  })

  it('shows an empty form before the first save', () => {
    expect(profileValues(undefined)).toEqual({ displayName: '', languages: '' })
  })
})
