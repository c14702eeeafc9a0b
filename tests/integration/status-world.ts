// The world of the status and trust integration tests: an organisation (CISP Le Tremplin) and a
// trainer (Marie Dupont) with fresh keys, both signing their status lists on the given relay, an
// issuer's and a reader's device records, one clock they share, and a reader who trusts the
// organisation face to face. `endorse` and `issue` make real signed documents with status entries.
import {
  type AnyKey,
  generateTrainerKeys,
  issueCredential,
  issueEndorsement,
  keyInfo,
  type SignedCredential,
  type StatusEntry,
} from '../../src/credential/index.ts'
import {
  allocateStatusEntry,
  memoryRecords,
  resetSeenStatusLists,
  type StatusDeps,
  setStatusSigner,
  statusListsStore,
} from '../../src/features/status/index.ts'
import { validationState, verifyChain } from '../../src/features/trust/index.ts'

/** Sets up the world on the relay at `origin`; the test calls `setStatusSigner(() => undefined)` at its end. */
export function statusWorld(origin: string, start = '2026-11-20T09:00:00Z') {
  const clock = { now: new Date(start) }
  const issuerDeps: StatusDeps = { fetch, records: memoryRecords(), now: () => clock.now }
  const readerDeps: StatusDeps = { fetch, records: memoryRecords(), now: () => clock.now }
  resetSeenStatusLists()
  const orgKeys = generateTrainerKeys()
  const org = keyInfo(orgKeys.publicKey)
  const trainerKeys = generateTrainerKeys()
  const trainer = keyInfo(trainerKeys.publicKey)
  const keysOf = new Map<string, AnyKey>([
    [org.did, orgKeys],
    [trainer.did, trainerKeys],
  ])
  setStatusSigner((did) => keysOf.get(did))
  const trusted = new Map([
    [org.did, { did: org.did, name: 'CISP Le Tremplin', via: { kind: 'face-to-face' as const } }],
  ])
  /** The organisation endorses the trainer from `from` until `until`, with a status entry. */
  const endorse = async (from: string, until: string) =>
    issueEndorsement({
      organisation: { name: 'CISP Le Tremplin', keys: orgKeys },
      trainer: { did: trainer.did, name: 'Marie Dupont' },
      now: new Date(from),
      validUntil: new Date(until),
      status: (await allocateStatusEntry(org.did, origin, issuerDeps)) as StatusEntry,
    })
  /** The trainer validates `label` at `at`, carrying `endorsement`; with a status entry unless told not to. */
  const issue = async (
    endorsement: Record<string, unknown>,
    at: string,
    label = 'Tenir une caisse',
    withStatus = true,
  ) =>
    JSON.parse(
      JSON.stringify(
        await issueCredential({
          trainer: {
            name: 'Marie Dupont',
            organisation: 'CISP Le Tremplin',
            organisationDid: org.did,
            endorsements: [endorsement],
          },
          keys: trainerKeys,
          holderIdentifier: 'holder-1',
          competence: { id: globalThis.crypto.randomUUID(), label, family: 'savoir-faire' },
          assessment: { status: 'validated', level: 3, method: 'situation', date: at.slice(0, 10) },
          ...(withStatus
            ? { status: (await allocateStatusEntry(trainer.did, origin, issuerDeps)) as StatusEntry }
            : {}),
          now: new Date(at),
        }),
      ),
    ) as SignedCredential
  /** What the reader sees of a credential, with the status lists it holds now. */
  const stateOf = async (c: unknown) =>
    validationState(await verifyChain(c), { trusted, statusLists: statusListsStore.get() })
  return {
    origin,
    clock,
    issuerDeps,
    readerDeps,
    org,
    orgKeys,
    trainer,
    trainerKeys,
    trusted,
    endorse,
    issue,
    stateOf,
  }
}
