// An organisation's identity on a device in trainer mode (issue #11 point 3): a name, an optional domain
// (its did:web, a name only) and an Ed25519 key made there, with the fingerprint to read aloud. Kept and
// backed up exactly as the trainer's (record kind 'organisation-identity', passphrase-protected backup
// file of its own format). How others see it (did:key, did:web, fingerprint): signing/endorse.ts. The organisation endorses trainers (signing/endorse.ts) and may validate
// directly (it signs as issuer with the same key).
import * as v from 'valibot'
import {
  exportSecretKey,
  generateTrainerKeys,
  importSecretKey,
  type TrainerKeys,
} from '../../credential/trainer-keys.ts'
import { fail, LIMITS, ok, parse, type Result, requiredText, TimestampSchema } from '../../domain/index.ts'
import { createStore, type Store } from '../../lib/index.ts'
import {
  defineRecord,
  EncryptedBackupSchema,
  KDF_ITERATIONS,
  openBackup,
  sealBackup,
} from '../../storage/index.ts'

/** Format name of an organisation identity backup file. */
export const ORGANISATION_BACKUP_FORMAT = 'livret-organisation-identity'
const KIND = 'organisation-identity'
const ID = 'me'

/** An organisation's identity on this device. */
export type OrganisationSelf = {
  name: string
  domain?: string | undefined
  keys: TrainerKeys
  createdAt: string
}

const domain = v.pipe(v.string(), v.trim(), v.maxLength(253), v.regex(/^[a-z0-9.-]+(:\d{1,5})?$/i))
const NamesSchema = v.object({ name: requiredText(LIMITS.label), domain: v.optional(domain) })
const PlainSchema = v.strictObject({
  name: requiredText(LIMITS.label),
  domain: v.optional(domain),
  secretKeyMultibase: v.pipe(v.string(), v.maxLength(100)),
  createdAt: TimestampSchema,
})
const FileSchema = v.strictObject({
  format: v.literal(ORGANISATION_BACKUP_FORMAT),
  version: v.literal(1),
  backup: EncryptedBackupSchema,
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

const plainOf = (o: OrganisationSelf) => ({
  name: o.name,
  ...(o.domain ? { domain: o.domain } : {}),
  secretKeyMultibase: exportSecretKey(o.keys),
  createdAt: o.createdAt,
})
const fromPlain = (p: v.InferOutput<typeof PlainSchema>): OrganisationSelf | null => {
  const keys = importSecretKey(p.secretKeyMultibase)
  return keys
    ? { name: p.name, ...(p.domain ? { domain: p.domain } : {}), keys, createdAt: p.createdAt }
    : null
}

/** The identity as a passphrase-protected backup file (JSON text). */
export const exportOrganisation = async (
  o: OrganisationSelf,
  passphrase: string,
  iterations: number = KDF_ITERATIONS,
): Promise<string> => {
  const backup = await sealBackup(JSON.stringify(plainOf(o)), passphrase, iterations)
  return `${JSON.stringify({ format: ORGANISATION_BACKUP_FORMAT, version: 1, backup })}\n`
}

/** Restores an organisation identity from its backup file. */
export const importOrganisation = async (
  text: string,
  passphrase: string,
): Promise<Result<OrganisationSelf, 'invalid-file' | 'backup-passphrase-wrong' | 'backup-tampered'>> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return fail('invalid-file')
  }
  const file = v.safeParse(FileSchema, json)
  if (!file.success) return fail('invalid-file')
  const opened = await openBackup(file.output.backup, passphrase)
  if (!opened.ok) return opened
  try {
    const plain = v.safeParse(PlainSchema, JSON.parse(opened.value))
    const o = plain.success ? fromPlain(plain.output) : null
    return o ? ok(o) : fail('backup-tampered')
  } catch {
    return fail('backup-tampered')
  }
}

/** What the screens know of the organisation identity on this device. */
export type OrganisationState =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'damaged' }
  | { state: 'ready'; organisation: OrganisationSelf }

const store = createStore<OrganisationState>({ state: 'loading' })
let loading: Promise<void> | undefined
/** The organisation identity as a device record (version 1). */
const organisationRecord = () => defineRecord({ kind: KIND, version: 1, schema: PlainSchema })

/** Reads the organisation identity from the device once. */
export function loadOrganisation(): Promise<void> {
  loading ??= (async () => {
    try {
      const r = await organisationRecord().get(ID)
      if (!r) return store.set({ state: 'none' })
      const o = r.ok ? fromPlain(r.value) : null
      store.set(o ? { state: 'ready', organisation: o } : { state: 'damaged' })
    } catch {
      store.set({ state: 'damaged' })
    }
  })()
  return loading
}

/** Saves the organisation identity on the device (replacing any previous one). */
export async function saveOrganisation(o: OrganisationSelf): Promise<void> {
  await organisationRecord().put(ID, plainOf(o))
  loading = Promise.resolve()
  store.set({ state: 'ready', organisation: o })
}

/** Forgets a damaged organisation identity. */
export async function forgetOrganisation(): Promise<void> {
  await organisationRecord().delete(ID)
  loading = Promise.resolve()
  store.set({ state: 'none' })
}

/** The organisation identity state, observable. */
export const organisationStore: Pick<Store<OrganisationState>, 'get' | 'subscribe'> = store
