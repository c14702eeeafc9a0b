// An organisation's identity on a device in trainer mode (issue #11 point 3): a name, an optional domain
// (its did:web, a name only) and an Ed25519 key made there, with the fingerprint to read aloud. Kept and
// backed up exactly as the trainer's (key-identity.ts: record kind 'organisation-identity', a
// passphrase-protected backup file of its own format). How others see it (did:key, did:web, fingerprint):
// signing/endorse.ts. The organisation endorses trainers (signing/endorse.ts) and may validate directly
// (it signs as issuer with the same key).
import * as v from 'valibot'
import type { AnyKey } from '../../credential/device-seal.ts'
import { generateTrainerKeys } from '../../credential/trainer-keys.ts'
import { LIMITS, ok, parse, type Result, requiredText } from '../../domain/index.ts'
import type { Store } from '../../lib/index.ts'
import type { IssuedBackup } from './issued-backup.ts'
import type { KeyBackupCode } from './key-backup-file.ts'
import { type KeyIdentityKind, type KeyIdentityState, keyBackup, keyIdentityStore } from './key-identity.ts'

/** Format name of an organisation identity backup file. */
export const ORGANISATION_BACKUP_FORMAT = 'livret-organisation-identity'

/** An organisation's identity on this device. */
export type OrganisationSelf = {
  name: string
  domain?: string | undefined
  /** On the device: protected (secure-keys.ts), signs without showing its secret. */
  keys: AnyKey
  createdAt: string
}

const domain = v.pipe(v.string(), v.trim(), v.maxLength(253), v.regex(/^[a-z0-9.-]+(:\d{1,5})?$/i))
const names = { name: requiredText(LIMITS.label), domain: v.optional(domain) }
/** The organisation kind of key identity: a name and an optional domain (an empty one is dropped). */
export const organisationKind: KeyIdentityKind<typeof names> = {
  names,
  pick: (o) => ({ name: o.name, ...(o.domain ? { domain: o.domain } : {}) }),
}
const NamesSchema = v.object(names)
const backup = keyBackup(ORGANISATION_BACKUP_FORMAT, organisationKind)

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

/** An organisation identity read from a backup file, with what its key issued (since version 2). */
export type RestoredOrganisation = OrganisationSelf & { issued?: IssuedBackup }

/** The identity as a passphrase-protected backup file (JSON text), with what its key issued. */
export const exportOrganisation: (
  o: OrganisationSelf,
  passphrase: string,
  iterations?: number,
  issued?: IssuedBackup,
) => Promise<string> = backup.export

/** Restores an organisation identity from its backup file. */
export const importOrganisation: (
  text: string,
  passphrase: string,
) => Promise<Result<RestoredOrganisation, KeyBackupCode>> = backup.import

/** What the screens know of the organisation identity on this device. */
export type OrganisationState = KeyIdentityState<{ state: 'ready'; organisation: OrganisationSelf }>

const kept = keyIdentityStore('organisation-identity', organisationKind, (organisation) => ({
  state: 'ready' as const,
  organisation,
}))

/** Reads the organisation identity from the device once. */
export const loadOrganisation: () => Promise<void> = kept.load

/** Saves the organisation identity on the device (replacing any previous one, its key protected:
 * under `pin` where the browser has no WebCrypto Ed25519). */
export const saveOrganisation: (o: OrganisationSelf, pin?: string) => Promise<void> = kept.save

/** Forgets a damaged organisation identity. */
export const forgetOrganisation: () => Promise<void> = kept.forget

/** The organisation identity state, observable. */
export const organisationStore: Pick<Store<OrganisationState>, 'get' | 'subscribe'> = kept.store
