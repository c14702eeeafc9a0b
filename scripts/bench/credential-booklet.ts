// The shared booklet the credential benchmarks verify: one organisation endorses 4 trainers (each
// endorsement with its status entry), the trainers sign `count` validations (every outcome, family and
// a ROME alignment; each credential carries its trainer's endorsement and a status entry), and every
// issuer signs its status list. Signed in Node with the module of this tree.
import {
  allocateStatus,
  generateTrainerKeys,
  issueCredential,
  issueEndorsement,
  keyInfo,
  newStatusList,
  type SignedCredential,
  type SignedStatusList,
  type StatusListState,
  signStatusList,
  type TrainerKeys,
} from '../../src/credential/index.ts'

const RELAY = 'https://relay.example'

/** A trainer of the bench: keys, status list, endorsement by the organisation. */
export type BenchTrainer = { keys: TrainerKeys; list: StatusListState; endorsement: Record<string, unknown> }

/** What the benches verify. */
export type BenchBooklet = {
  orgDid: string
  orgKeys: TrainerKeys
  trainers: BenchTrainer[]
  /** The credentials as JSON copies (what a share carries). */
  credentials: SignedCredential[]
  /** The organisation's list first, then one per trainer. */
  statusLists: SignedStatusList[]
}

/** One endorsed validation by trainer `t` (its status index allocated from the trainer's list). */
export const issueEndorsed = async (
  orgDid: string,
  t: BenchTrainer,
  i: number,
): Promise<SignedCredential> => {
  const slot = allocateStatus(t.list)
  if (!slot) throw new Error('list full')
  t.list = slot.state
  return issueCredential({
    trainer: {
      name: `Formateur ${i % 4}`,
      organisation: 'CISP Le Tremplin',
      organisationDid: orgDid,
      endorsements: [t.endorsement],
    },
    keys: t.keys,
    holderIdentifier: globalThis.crypto.randomUUID(),
    competence: {
      id: globalThis.crypto.randomUUID(),
      label: `Compétence ${i}`,
      family: (['savoir', 'savoir-faire', 'savoir-etre'] as const)[i % 3] ?? 'savoir',
      alignment: { framework: 'rome', code: 'D1505', label: 'Personnel de caisse' },
    },
    assessment: {
      status: (['validated', 'partial', 'not-yet'] as const)[i % 3] ?? 'validated',
      level: 3,
      method: 'situation',
      date: '2026-11-20',
      ...(i % 3 !== 0 ? { remaining: 'Les réclamations.' } : {}),
    },
    status: slot.entry,
  })
}

/** Signs the booklet; `onSigned` sees the time each credential took (the chain-sign figure). */
export const signBooklet = async (
  count: number,
  onSigned: (ms: number, i: number) => void = () => {},
): Promise<BenchBooklet> => {
  const orgKeys = generateTrainerKeys()
  const orgDid = keyInfo(orgKeys.publicKey).did
  let orgList = newStatusList(RELAY, orgDid, 'org-list-01')
  const trainers: BenchTrainer[] = []
  for (let t = 0; t < 4; t++) {
    const keys = generateTrainerKeys()
    const did = keyInfo(keys.publicKey).did
    const slot = allocateStatus(orgList)
    if (!slot) throw new Error('list full')
    orgList = slot.state
    const endorsement = await issueEndorsement({
      organisation: { name: 'CISP Le Tremplin', keys: orgKeys },
      trainer: { did, name: `Formateur ${t}` },
      validUntil: new Date(Date.now() + 365 * 86_400_000),
      status: slot.entry,
    })
    trainers.push({ keys, list: newStatusList(RELAY, did, `trainer-${t}-list`), endorsement })
  }
  const credentials: SignedCredential[] = []
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    const c = await issueEndorsed(orgDid, trainers[i % trainers.length] as BenchTrainer, i)
    onSigned(performance.now() - t0, i)
    credentials.push(JSON.parse(JSON.stringify(c)) as SignedCredential)
  }
  const lists = await Promise.all([
    signStatusList(orgList, orgKeys),
    ...trainers.map((t) => signStatusList(t.list, t.keys)),
  ])
  return { orgDid, orgKeys, trainers, credentials, statusLists: lists.map((l) => l.credential) }
}
