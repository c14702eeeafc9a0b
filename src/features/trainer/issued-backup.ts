// What an identity backup file carries besides the key (issue #11 points 5 and 7): the issuer's status
// list (indices handed out, bits withdrawn, last publication date) and the list of what it issued
// (validations; for an organisation, the endorsements it gave). Restored on a new device, they let the
// trainer or organisation withdraw one credential, or everything of a lost key, from there: the list
// signed there is newer than the one on the relay, which accepts it. The issued results restored are
// kept as one record per issuer (kind 'issued-restored', id = did:key), merged into the history.
// Valibot only (the trainer home reads it); making and restoring: signing/issued-state.ts.
import * as v from 'valibot'
import { TimestampSchema } from '../../domain/index.ts'
import { defaultStatusDeps, OwnStatusRecordSchema, type StatusDeps } from '../status/light.ts'
import { GivenEndorsementSchema } from './endorsements.ts'

const text = (max: number) => v.pipe(v.string(), v.maxLength(max))
/** One result this issuer signed, as the history shows it. */
export const IssuedResultSchema = v.object({
  competenceId: text(100),
  competenceLabel: text(300),
  recipient: text(300),
  credentialId: text(200),
  messageId: text(64),
  requestId: text(200),
  status: v.picklist(['validated', 'partial', 'not-yet']),
  signedAt: TimestampSchema,
  statusList: v.optional(v.object({ url: text(2_000), index: v.pipe(v.string(), v.regex(/^\d{1,7}$/)) })),
  withdrawnAt: v.optional(TimestampSchema),
  withdrawnReason: v.optional(v.picklist(['mistake', 'fraud', 'key-lost'])),
})
/** One issued result. */
export type IssuedResult = v.InferOutput<typeof IssuedResultSchema>

/** The issuer's state carried in a backup file (bounded: a hostile file must not fill the device). */
export const IssuedBackupSchema = v.object({
  statusList: v.optional(OwnStatusRecordSchema),
  results: v.pipe(v.array(IssuedResultSchema), v.maxLength(20_000)),
  endorsements: v.optional(v.pipe(v.array(GivenEndorsementSchema), v.maxLength(5_000))),
})
/** The issuer's state in a backup file. */
export type IssuedBackup = v.InferOutput<typeof IssuedBackupSchema>

/** Record kind of the results restored from a backup. */
export const RESTORED_KIND = 'issued-restored'
/** Its schema. */
export const RestoredSchema = v.object({ results: v.array(IssuedResultSchema) })

/** The results restored from a backup for `did` (or every issuer's, without `did`). */
export async function restoredResults(
  did?: string,
  deps: Pick<StatusDeps, 'records'> = defaultStatusDeps(),
): Promise<IssuedResult[]> {
  if (did) {
    const r = await deps.records.get(RESTORED_KIND, did, RestoredSchema)
    return r?.ok ? r.value.results : []
  }
  const rows = await deps.records.list(RESTORED_KIND, RestoredSchema)
  return rows.flatMap((r) => (r.ok ? r.value.results : []))
}

/** Marks restored results as withdrawn (the history's withdrawal reaches them too). */
export async function markRestoredWithdrawn(
  credentialIds: ReadonlySet<string>,
  reason: NonNullable<IssuedResult['withdrawnReason']>,
  at: Date,
  deps: Pick<StatusDeps, 'records'> = defaultStatusDeps(),
): Promise<void> {
  for (const row of await deps.records.list(RESTORED_KIND, RestoredSchema)) {
    if (!row.ok || !row.value.results.some((s) => credentialIds.has(s.credentialId) && !s.withdrawnAt))
      continue
    const results = row.value.results.map((s) =>
      credentialIds.has(s.credentialId) && !s.withdrawnAt
        ? { ...s, withdrawnAt: at.toISOString(), withdrawnReason: reason }
        : s,
    )
    await deps.records.put(RESTORED_KIND, row.id, { results })
  }
}
