// The issuer's status list as a device record (kind 'status-list-own'), also carried in an identity
// backup file: valibot only, so the trainer home can read a backup without the credential module.
import * as v from 'valibot'

const b64 = v.pipe(v.string(), v.maxLength(30_000), v.regex(/^[A-Za-z0-9_-]*$/))
/** An issuer's list as a device record (and as carried in an identity backup file). */
export const OwnStatusRecordSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(2_000)),
  issuerDid: v.pipe(v.string(), v.startsWith('did:key:z'), v.maxLength(100)),
  bits: b64,
  allocated: b64,
  lastValidFrom: v.string(),
  pending: v.boolean(),
  refused: v.optional(v.string()),
})

/** An issuer's list record. */
export type OwnStatusRecord = v.InferOutput<typeof OwnStatusRecordSchema>
