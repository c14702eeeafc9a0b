// Endorsements on this device (issue #11 point 3), both sides, as device records checked on read:
// - 'trainer-endorsement': those an organisation gave this trainer (the signed JSON, verified when it
//   was imported, with what the screens show); every credential the trainer signs carries those in force;
// - 'organisation-endorsement': those this organisation gave, with their withdrawal entry, so that one
//   can be withdrawn from the organisation's screen.
// No JSON-LD here (the trainer home loads this): verifying and signing are in ./signing.
import * as v from 'valibot'
import { TimestampSchema } from '../../domain/index.ts'
import { defineRecord } from '../../storage/index.ts'

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max))
const Org = v.object({ did: text(120), name: text(200), fingerprint: text(40) })

const ReceivedSchema = v.object({
  id: text(300),
  /** The signed EndorsementCredential as JSON text (verified at import, embedded as it is). */
  json: text(20_000),
  trainerDid: text(120),
  organisation: Org,
  validUntil: TimestampSchema,
  importedAt: TimestampSchema,
})
/** An endorsement this trainer received. */
export type ReceivedEndorsement = v.InferOutput<typeof ReceivedSchema>

/** An endorsement this organisation gave, as kept and as carried in its backup file. */
export const GivenEndorsementSchema = v.object({
  id: text(300),
  organisationDid: text(120),
  trainer: v.object({ did: text(120), name: text(200), fingerprint: text(40) }),
  validUntil: TimestampSchema,
  givenAt: TimestampSchema,
  /** Its entry on the organisation's status list (absent when made without a relay). */
  statusList: v.optional(v.object({ url: text(2_000), index: v.pipe(v.string(), v.regex(/^\d{1,7}$/)) })),
  withdrawnAt: v.optional(TimestampSchema),
})
/** An endorsement this organisation gave. */
export type GivenEndorsement = v.InferOutput<typeof GivenEndorsementSchema>

const received = defineRecord({ kind: 'trainer-endorsement', version: 1, schema: ReceivedSchema })
const given = defineRecord({ kind: 'organisation-endorsement', version: 1, schema: GivenEndorsementSchema })

/** Keeps an endorsement the trainer imported (after it was verified). */
export const keepReceivedEndorsement = (e: ReceivedEndorsement): Promise<void> => received.put(e.id, e)

/** The endorsements of the trainer key `trainerDid`, newest first (damaged records left out). */
export async function receivedEndorsements(trainerDid: string): Promise<ReceivedEndorsement[]> {
  const rows = await received.list()
  return rows.flatMap((r) => (r.ok && r.value.trainerDid === trainerDid ? [r.value] : []))
}

/** Those still in force at `now` (what a credential signed now carries). */
export const endorsementsInForce = async (trainerDid: string, now: Date): Promise<ReceivedEndorsement[]> =>
  (await receivedEndorsements(trainerDid)).filter((e) => Date.parse(e.validUntil) > now.getTime())

/** Forgets an endorsement (the trainer removes it from this device). */
export const forgetReceivedEndorsement = (id: string): Promise<void> => received.delete(id)

/** Records an endorsement this organisation gave. */
export const keepGivenEndorsement = (e: GivenEndorsement): Promise<void> => given.put(e.id, e)

/** The endorsements the organisation `organisationDid` gave, newest first. */
export async function givenEndorsements(organisationDid: string): Promise<GivenEndorsement[]> {
  const rows = await given.list()
  return rows.flatMap((r) => (r.ok && r.value.organisationDid === organisationDid ? [r.value] : []))
}

/** One given endorsement, or undefined. */
export async function givenEndorsement(id: string): Promise<GivenEndorsement | undefined> {
  const r = await given.get(id)
  return r?.ok ? r.value : undefined
}
