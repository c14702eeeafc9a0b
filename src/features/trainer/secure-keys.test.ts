// Signing keys kept safe on the device (issue #11 point 7): an old record with the secret in clear is
// protected on first open; the stored record holds a non-extractable key and a sealed copy, never the
// secret; signing and the passphrase backup still work; without WebCrypto Ed25519 the sealed copy signs.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  deviceKey,
  newDeviceWrapKey,
  openUnderDeviceKey,
  sealUnderDeviceKey,
} from '../../credential/device-seal.ts'
import {
  exportSecretKey,
  generateTrainerKeys,
  issueCredential,
  keyInfo,
  verifyCredential,
} from '../../credential/index.ts'
import { getDb } from '../../storage/index.ts'
import { createTrainerIdentity, exportTrainerIdentity, importTrainerIdentity } from './identity.ts'
import { identityState, loadIdentity, saveIdentity } from './identity-store.ts'
import { createOrganisation } from './organisation.ts'
import { secretForBackup } from './secure-keys.ts'

const signWith = (keys: Parameters<typeof issueCredential>[0]['keys']) =>
  issueCredential({
    trainer: { name: 'Marie Dupont', organisation: 'CISP' },
    keys,
    holderIdentifier: 'h',
    competence: { id: 'c1', label: 'Tenir une caisse', family: 'savoir-faire' },
    assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-11-20' },
  })

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

describe('signing keys on the device', () => {
  it('protects a clear version-1 identity on first open; it still signs and backs up the same key', async () => {
    const made = createTrainerIdentity('Marie Dupont', 'CISP', new Date('2026-11-01T10:00:00Z'))
    if (!made.ok) throw new Error(made.code)
    const clear = made.value.keys as { secretKey: Uint8Array; publicKey: Uint8Array }
    const multibase = exportSecretKey(clear)
    await getDb().records.put({
      kind: 'trainer-identity',
      id: 'me',
      version: 1,
      value: {
        name: 'Marie Dupont',
        organisation: 'CISP',
        secretKeyMultibase: multibase,
        createdAt: made.value.createdAt,
      },
      updatedAt: made.value.createdAt,
    })
    await loadIdentity()
    const s = identityState()
    if (s.state !== 'ready') throw new Error(s.state)
    expect(keyInfo(s.identity.keys.publicKey).did).toBe(keyInfo(clear.publicKey).did)
    expect('secretKey' in s.identity.keys).toBe(false)

    // The record now: version 2, a CryptoKey that cannot be exported, no trace of the secret.
    const row = await getDb().records.get(['trainer-identity', 'me'])
    expect(row?.version).toBe(2)
    const value = row?.value as { secretKeyMultibase?: string; key: { privateKey: CryptoKey } }
    expect(value.secretKeyMultibase).toBeUndefined()
    expect(value.key.privateKey).toBeInstanceOf(CryptoKey)
    expect(value.key.privateKey.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('pkcs8', value.key.privateKey)).rejects.toThrow()
    const text = JSON.stringify(row)
    expect(text).not.toContain(multibase)
    expect(text).not.toContain(hex(clear.secretKey))
    expect(text).not.toContain(Buffer.from(clear.secretKey).toString('base64url'))

    // Signs as before, with the same did:key.
    const credential = await signWith(s.identity.keys)
    const verified = await verifyCredential(credential)
    expect(verified.ok && verified.value.issuerDid).toBe(keyInfo(clear.publicKey).did)

    // The passphrase backup still holds the key, and restores it.
    const file = await exportTrainerIdentity(s.identity, 'une phrase longue', 1_000)
    const back = await importTrainerIdentity(file, 'une phrase longue')
    expect(back.ok && keyInfo(back.value.keys.publicKey).did).toBe(keyInfo(clear.publicKey).did)
    if (!back.ok) throw new Error(back.code)
    await saveIdentity(back.value)
    const again = identityState()
    expect(again.state === 'ready' && hex((await secretForBackup(again.identity.keys)).secretKey)).toBe(
      hex(clear.secretKey),
    )
  })

  it('protects an organisation identity the same way', async () => {
    const { saveOrganisation, organisationStore } = await import('./organisation.ts')
    const o = createOrganisation('CISP Le Tremplin', 'tremplin.be')
    if (!o.ok) throw new Error(o.code)
    await saveOrganisation(o.value)
    const row = await getDb().records.get(['organisation-identity', 'me'])
    expect(row?.version).toBe(2)
    expect(JSON.stringify(row)).not.toContain(exportSecretKey(o.value.keys as never))
    const s = organisationStore.get()
    expect(s.state === 'ready' && 'secretKey' in s.organisation.keys).toBe(false)
  })

  it('without WebCrypto Ed25519, the sealed copy signs; a copy moved to another key or device does not open', async () => {
    const keys = generateTrainerKeys()
    const wrap = await newDeviceWrapKey()
    const sealed = await sealUnderDeviceKey(keys, wrap)
    expect(JSON.stringify(sealed)).not.toContain(Buffer.from(keys.secretKey).toString('base64url'))
    const key = deviceKey(keys.publicKey, undefined, async () => {
      const k = await openUnderDeviceKey(sealed, wrap)
      if (!k) throw new Error('does not open')
      return k
    })
    const credential = await signWith(key)
    expect((await verifyCredential(credential)).ok).toBe(true)
    // Another device's key, or the copy put on another public key: refused.
    expect(await openUnderDeviceKey(sealed, await newDeviceWrapKey())).toBeNull()
    const other = generateTrainerKeys()
    const moved = { ...sealed, publicKey: Buffer.from(other.publicKey).toString('base64url') }
    expect(await openUnderDeviceKey(moved, wrap)).toBeNull()
  })
})
