// An organisation's identity on a device in trainer mode (issue #11 point 3): a name, an optional domain
// (its did:web, a name only) and an Ed25519 key made there, with the fingerprint to read aloud. Kept and
// backed up exactly as the trainer's (record kind 'organisation-identity', passphrase-protected backup
// file of its own format). How others see it (did:key, did:web, fingerprint): signing/endorse.ts. The organisation endorses trainers (signing/endorse.ts) and may validate
// directly (it signs as issuer with the same key).
import * as v from 'valibot'
import type { AnyKey } from '../../credential/device-seal.ts'
import { exportSecretKey, generateTrainerKeys, importSecretKey } from '../../credential/trainer-keys.ts'
import { fail, LIMITS, ok, parse, type Result, requiredText, TimestampSchema } from '../../domain/index.ts'
import { createStore, type Store } from '../../lib/index.ts'
import { defineRecord, KDF_ITERATIONS } from '../../storage/index.ts'
import { type IssuedBackup, IssuedBackupSchema } from './issued-backup.ts'
import { type KeyBackupCode, openKeyBackup, sealKeyBackup } from './key-backup-file.ts'
import { ProtectedKeySchema, secretForBackup, toDeviceKey, unlockKeys } from './secure-keys.ts'

/** Format name of an organisation identity backup file. */
export const ORGANISATION_BACKUP_FORMAT = 'livret-organisation-identity'
const KIND = 'organisation-identity'
const ID = 'me'

/** An organisation's identity on this device. */
export type OrganisationSelf = {
  name: string
  domain?: string | undefined
  /** On the device: protected (secure-keys.ts), signs without showing its secret. */
  keys: AnyKey
  createdAt: string
}

const domain = v.pipe(v.string(), v.trim(), v.maxLength(253), v.regex(/^[a-z0-9.-]+(:\d{1,5})?$/i))
const NamesSchema = v.object({ name: requiredText(LIMITS.label), domain: v.optional(domain) })
const PlainSchema = v.strictObject({
  name: requiredText(LIMITS.label),
  domain: v.optional(domain),
  secretKeyMultibase: v.pipe(v.string(), v.maxLength(100)),
  createdAt: TimestampSchema,
  /** Since version 2: what the key issued (status list, endorsements, results). */
  version: v.optional(v.literal(2)),
  issued: v.optional(IssuedBackupSchema),
})

/** A new organisation identity with a fresh key; 'invalid' for an empty name or a malformed domain. */
export const createOrganisation = (
  name: string,
  domainName?: string,
  now: Date = new Date(),
): Result<OrganisationSelf, 'invalid'> => {
  const r = parse(NamesSchema, { name, ...(domainName?.trim() ? { domain: domainName } : {}) })
  if (!r.ok) return r
  return ok({ ...r.value, keys: generateTrainerKeys(), createdAt: now.toISOString() })
}

const plainOf = async (o: OrganisationSelf) => ({
  name: o.name,
  ...(o.domain ? { domain: o.domain } : {}),
  secretKeyMultibase: exportSecretKey(await secretForBackup(o.keys)),
  createdAt: o.createdAt,
})
const fromPlain = (p: v.InferOutput<typeof PlainSchema>): RestoredOrganisation | null => {
  const keys = importSecretKey(p.secretKeyMultibase)
  return keys
    ? {
        name: p.name,
        ...(p.domain ? { domain: p.domain } : {}),
        keys,
        createdAt: p.createdAt,
        ...(p.issued ? { issued: p.issued } : {}),
      }
    : null
}

/** An organisation identity read from a backup file, with what its key issued (since version 2). */
export type RestoredOrganisation = OrganisationSelf & { issued?: IssuedBackup }

/** The identity as a passphrase-protected backup file (JSON text), with what its key issued. */
export const exportOrganisation = async (
  o: OrganisationSelf,
  passphrase: string,
  iterations: number = KDF_ITERATIONS,
  issued?: IssuedBackup,
): Promise<string> => {
  const plain = { ...(await plainOf(o)), ...(issued ? { version: 2, issued } : {}) }
  return sealKeyBackup(ORGANISATION_BACKUP_FORMAT, plain, passphrase, iterations)
}

/** Restores an organisation identity from its backup file. */
export const importOrganisation = async (
  text: string,
  passphrase: string,
): Promise<Result<RestoredOrganisation, KeyBackupCode>> => {
  const inner = await openKeyBackup(ORGANISATION_BACKUP_FORMAT, text, passphrase)
  if (!inner.ok) return inner
  const plain = v.safeParse(PlainSchema, inner.value)
  const o = plain.success ? fromPlain(plain.output) : null
  return o ? ok(o) : fail('backup-tampered')
}

/** What the screens know of the organisation identity on this device. */
export type OrganisationState =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'damaged' }
  | { state: 'ready'; organisation: OrganisationSelf }

const store = createStore<OrganisationState>({ state: 'loading' })
let loading: Promise<void> | undefined
// Version 2 keeps the key protected (secure-keys.ts); a version-1 record (clear key) is protected and
// rewritten on first open.
const StoredSchema = v.object({
  name: requiredText(LIMITS.label),
  domain: v.optional(domain),
  createdAt: TimestampSchema,
  key: v.optional(ProtectedKeySchema),
  secretKeyMultibase: v.optional(v.pipe(v.string(), v.maxLength(100))),
})
/** The organisation identity as a device record (version 2). */
const organisationRecord = () =>
  defineRecord({ kind: KIND, version: 2, schema: StoredSchema, migrations: { 1: (value) => value } })

/** Reads the organisation identity from the device once. */
export function loadOrganisation(): Promise<void> {
  loading ??= (async () => {
    try {
      const r = await organisationRecord().get(ID)
      if (!r) return store.set({ state: 'none' })
      if (!r.ok) return store.set({ state: 'damaged' })
      const { key, secretKeyMultibase, ...rest } = r.value
      const base = {
        name: rest.name,
        createdAt: rest.createdAt,
        ...(rest.domain ? { domain: rest.domain } : {}),
      }
      if (key) {
        const keys = await unlockKeys(key)
        return store.set(keys ? { state: 'ready', organisation: { ...base, keys } } : { state: 'damaged' })
      }
      const clear = secretKeyMultibase ? importSecretKey(secretKeyMultibase) : null
      if (!clear) return store.set({ state: 'damaged' })
      await saveOrganisation({ ...base, keys: clear })
    } catch {
      store.set({ state: 'damaged' })
    }
  })()
  return loading
}

/** Saves the organisation identity on the device (replacing any previous one, its key protected:
 * under `pin` where the browser has no WebCrypto Ed25519). */
export async function saveOrganisation(o: OrganisationSelf, pin?: string): Promise<void> {
  const { key, stored } = await toDeviceKey(o.keys, pin)
  await organisationRecord().put(ID, {
    name: o.name,
    ...(o.domain ? { domain: o.domain } : {}),
    createdAt: o.createdAt,
    key: stored,
  })
  loading = Promise.resolve()
  const base = { name: o.name, createdAt: o.createdAt, ...(o.domain ? { domain: o.domain } : {}) }
  store.set({ state: 'ready', organisation: { ...base, keys: key } })
}

/** Forgets a damaged organisation identity. */
export async function forgetOrganisation(): Promise<void> {
  await organisationRecord().delete(ID)
  loading = Promise.resolve()
  store.set({ state: 'none' })
}

/** The organisation identity state, observable. */
export const organisationStore: Pick<Store<OrganisationState>, 'get' | 'subscribe'> = store
