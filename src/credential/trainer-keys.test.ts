import { describe, expect, it } from 'vitest'
import {
  crockfordBase32,
  exportSecretKey,
  fingerprintOf,
  generateTrainerKeys,
  importSecretKey,
  keyInfo,
  trainerKeysFromSecret,
} from './trainer-keys.ts'

describe('trainer keys', () => {
  it('generates distinct 32-byte key pairs that rebuild from the secret', () => {
    const a = generateTrainerKeys()
    const b = generateTrainerKeys()
    expect(a.secretKey.length).toBe(32)
    expect(a.publicKey.length).toBe(32)
    expect(a.publicKey).not.toEqual(b.publicKey)
    expect(trainerKeysFromSecret(a.secretKey).publicKey).toEqual(a.publicKey)
  })

  it('exports and imports the secret as a Multikey secretKeyMultibase', () => {
    const keys = generateTrainerKeys()
    const mb = exportSecretKey(keys)
    expect(mb).toMatch(/^z3u2/)
    expect(importSecretKey(mb)).toEqual(keys)
    expect(importSecretKey(keyInfo(keys.publicKey).did.slice(8))).toBeNull()
    expect(importSecretKey('not base58 0OIl')).toBeNull()
  })

  it('writes Crockford base32 most significant bit first', () => {
    expect(crockfordBase32(Uint8Array.from([0x66]))).toBe('CR')
    expect(crockfordBase32(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe('ZZZZZZZZ')
    expect(crockfordBase32(Uint8Array.from([0, 0, 0, 0, 0]))).toBe('00000000')
  })

  it('matches a fingerprint computed independently (Python base32 of SHA-256, Crockford alphabet)', () => {
    // Public key of the all-zero seed (did:key spec vector).
    expect(fingerprintOf(trainerKeysFromSecret(new Uint8Array(32)).publicKey)).toBe('2EF3-JG76-9DA9-2WH0')
  })

  it('gives a 4×4 fingerprint without ambiguous letters, stable for a key, different across keys', () => {
    const keys = generateTrainerKeys()
    const fp = fingerprintOf(keys.publicKey)
    expect(fp).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    expect(fingerprintOf(keys.publicKey.slice())).toBe(fp)
    expect(fingerprintOf(generateTrainerKeys().publicKey)).not.toBe(fp)
    const info = keyInfo(keys.publicKey)
    expect(info.fingerprint).toBe(fp)
    expect(info.verificationMethod).toBe(`${info.did}#${info.did.slice(8)}`)
  })
})
