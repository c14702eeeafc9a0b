// The issuer's state for its backup file and back (issued-backup.ts says what it holds): made from the
// device's status list and history, restored onto a new device's.
import * as v from 'valibot'
import { ok, type Result } from '../../../domain/result.ts'
import {
  addStatusKey,
  defaultStatusDeps,
  kickStatusChecks,
  ownStatusRecord,
  restoreOwnStatusRecord,
  type StatusDeps,
  type WithdrawCode,
  withdrawAllOfKey,
} from '../../status/index.ts'
import { type GivenEndorsement, givenEndorsements, keepGivenEndorsement } from '../endorsements.ts'
import {
  type IssuedBackup,
  type IssuedResult,
  IssuedResultSchema,
  RESTORED_KIND,
  restoredResults,
} from '../issued-backup.ts'
import type { OrganisationSelf } from '../organisation.ts'
import { listSignedResults, markWithdrawn } from '../request-store.ts'
import { organisationPublic } from './endorse.ts'

/** The issuer `did`'s state on this device, for its backup file: the list and the results on it. */
export async function issuedBackupOf(
  did: string,
  results: readonly IssuedResult[],
  deps: Pick<StatusDeps, 'records'> = defaultStatusDeps(),
  endorsements?: boolean,
): Promise<IssuedBackup> {
  const statusList = await ownStatusRecord(did, deps)
  const url = statusList?.url
  const mine = results
    .filter((r) => url !== undefined && r.statusList?.url === url)
    .map((r) => v.parse(IssuedResultSchema, r))
  const given: GivenEndorsement[] = endorsements ? await givenEndorsements(did) : []
  return {
    ...(statusList ? { statusList } : {}),
    results: mine,
    ...(endorsements ? { endorsements: given } : {}),
  }
}

/** Puts a backup's issuer state on this device (list merged, results and endorsements kept). */
export async function restoreIssued(
  did: string,
  backup: IssuedBackup,
  deps: Pick<StatusDeps, 'records'> = defaultStatusDeps(),
): Promise<void> {
  if (backup.statusList && backup.statusList.issuerDid === did)
    await restoreOwnStatusRecord(backup.statusList, deps)
  const here = await restoredResults(did, deps)
  const known = new Set(here.map((r) => r.credentialId))
  const results = [...here, ...backup.results.filter((r) => !known.has(r.credentialId))]
  await deps.records.put(RESTORED_KIND, did, { results })
  for (const e of backup.endorsements ?? []) if (e.organisationDid === did) await keepGivenEndorsement(e)
}

/**
 * "The organisation's key is lost": withdraws everything on its list (endorsements given, validations
 * signed directly), on this device or restored from its backup, and marks them withdrawn here.
 */
export async function withdrawEverythingOfOrganisation(
  organisation: OrganisationSelf,
  deps: StatusDeps = defaultStatusDeps(),
): Promise<Result<'published' | 'pending', WithdrawCode>> {
  const did = organisationPublic(organisation).did
  addStatusKey(did, organisation.keys)
  const r = await withdrawAllOfKey(did, organisation.keys, deps)
  if (!r.ok && r.code !== 'publish-offline') return r
  const at = deps.now()
  const url = (await ownStatusRecord(did, deps))?.url
  for (const g of await givenEndorsements(did))
    if (!g.withdrawnAt && g.statusList?.url === url)
      await keepGivenEndorsement({ ...g, withdrawnAt: at.toISOString() })
  const mine = (await listSignedResults()).filter((s) => s.statusList && s.statusList.url === url)
  await markWithdrawn(new Set(mine.map((s) => s.credentialId)), 'key-lost', at)
  if (!r.ok) kickStatusChecks()
  return ok(r.ok ? 'published' : 'pending')
}
