// One kind of key identity kept and backed up by key-identity.ts: the record holds the kind's names in
// its order then the protected key; an old clear record is protected on first open; the backup file
// of one kind is refused by another.
import 'fake-indexeddb/auto'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { exportSecretKey, generateTrainerKeys, keyInfo } from '../../credential/trainer-keys.ts'
import { getDb } from '../../storage/index.ts'
import { type KeyIdentity, type KeyIdentityKind, keyBackup, keyIdentityStore } from './key-identity.ts'
import { organisationKind } from './organisation.ts'

const names = { name: v.string(), place: v.optional(v.string()) }
const kind: KeyIdentityKind<typeof names> = {
  names,
  pick: (o) => ({ name: o.name, ...(o.place ? { place: o.place } : {}) }),
}
const createdAt = '2026-11-01T10:00:00.000Z'
const make = (place?: string): KeyIdentity<typeof names> => ({
  name: 'Atelier',
  ...(place === undefined ? {} : { place }),
  keys: generateTrainerKeys(),
  createdAt,
})
const didOf = (k: KeyIdentity<typeof names>) => keyInfo(k.keys.publicKey).did

describe('key identity kept on the device', () => {
  it('is none, then saved with the names first and the key protected, then forgotten', async () => {
    const kept = keyIdentityStore('test-kind-a', kind, (self) => ({ state: 'ready' as const, self }))
    await kept.load()
    expect(kept.store.get()).toEqual({ state: 'none' })
    const self = make('Namur')
    await kept.save(self)
    const row = await getDb().records.get(['test-kind-a', 'me'])
    expect(row?.version).toBe(2)
    expect(Object.keys(row?.value as object)).toEqual(['name', 'place', 'createdAt', 'key'])
    const s = kept.store.get()
    expect(s.state === 'ready' && didOf(s.self)).toBe(didOf(self))
    expect(s.state === 'ready' && 'secretKey' in s.self.keys).toBe(false)
    await kept.forget()
    expect(kept.store.get()).toEqual({ state: 'none' })
    expect(await getDb().records.get(['test-kind-a', 'me'])).toBeUndefined()
  })

  it('protects a clear version-1 record on first open, dropping an empty optional name', async () => {
    const self = make()
    const clear = self.keys as { secretKey: Uint8Array; publicKey: Uint8Array }
    const secretKeyMultibase = exportSecretKey(clear)
    const value = { name: 'Atelier', place: '', secretKeyMultibase, createdAt }
    await getDb().records.put({ kind: 'test-kind-b', id: 'me', version: 1, value, updatedAt: createdAt })
    const kept = keyIdentityStore('test-kind-b', kind, (self) => ({ state: 'ready' as const, self }))
    await kept.load()
    const s = kept.store.get()
    expect(s.state === 'ready' && didOf(s.self)).toBe(didOf(self))
    expect(s.state === 'ready' && 'place' in s.self).toBe(false)
    const row = await getDb().records.get(['test-kind-b', 'me'])
    expect(Object.keys(row?.value as object)).toEqual(['name', 'createdAt', 'key'])
    expect(JSON.stringify(row)).not.toContain(secretKeyMultibase)
  })

  it('says damaged for a record its kind cannot read', async () => {
    const value = { name: 42, createdAt }
    await getDb().records.put({ kind: 'test-kind-c', id: 'me', version: 2, value, updatedAt: createdAt })
    const kept = keyIdentityStore('test-kind-c', kind, (self) => ({ state: 'ready' as const, self }))
    await kept.load()
    expect(kept.store.get()).toEqual({ state: 'damaged' })
  })
})

describe('key identity backup file', () => {
  it('restores names, key and what it issued; another kind refuses the file', async () => {
    const backup = keyBackup('livret-test-identity', kind)
    const self = make('Namur')
    const file = await backup.export(self, 'une phrase longue', 1_000)
    const back = await backup.import(file, 'une phrase longue')
    if (!back.ok) throw new Error(back.code)
    expect(back.value.name).toBe('Atelier')
    expect(back.value.place).toBe('Namur')
    expect(didOf(back.value)).toBe(didOf(self))
    expect('issued' in back.value).toBe(false)
    const other = keyBackup('livret-organisation-identity', organisationKind)
    expect((await other.import(file, 'une phrase longue')).ok).toBe(false)
    expect((await backup.import(file, 'une autre phrase')).ok).toBe(false)
  })
})
