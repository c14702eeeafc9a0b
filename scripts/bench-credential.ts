// `npx tsx scripts/bench-credential.ts`: cost of the credential module (src/credential).
// Node: time to issue (build + eddsa-rdfc-2022 sign) and to verify one Open Badges credential, the
// first call (cold: JSON-LD contexts processed for the first time) and the median / p95 of warm calls.
// Bundle: the module built alone by Vite as an ES library (what the lazy chunk would hold), minified,
// gzip -9; also without @noble/* and valibot, which the main bundle already carries.
// Trust chain: verify an endorsed credential with its endorsement and status (verifyChain +
// validationState), verify a status list, read one status; then a shared booklet of 200 validations by
// 4 endorsed trainers: first opening (nothing cached) and opening again (verify cache).
// Prints a table and, as its last line, {"coldSignMs":…, "signMs":…, "verifyMs":…, "chainVerifyMs":…,
// "booklet200FirstMs":…, "booklet200CachedMs":…, …}.
import { gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'
import {
  allocateStatus,
  generateTrainerKeys,
  type IssueInput,
  issueCredential,
  issueEndorsement,
  keyInfo,
  newStatusList,
  type SignedCredential,
  type StatusListState,
  signStatusList,
  statusIn,
  type TrainerKeys,
  verifyCredential,
  verifyStatusList,
} from '../src/credential/index.ts'
import { createVerifyCache, validationState, verifyChain } from '../src/features/trust/index.ts'
import { median, printTable, round1 } from './bench/stats.ts'

const RUNS = 30

const input = (): IssueInput => ({
  trainer: { name: 'Marie Dupont', organisation: 'CISP Le Tremplin' },
  keys: generateTrainerKeys(),
  holderIdentifier: globalThis.crypto.randomUUID(),
  competence: {
    id: globalThis.crypto.randomUUID(),
    label: 'Accueillir les clients au comptoir',
    family: 'savoir-faire',
    alignment: { framework: 'rome', code: 'D1505', label: 'Personnel de caisse' },
  },
  assessment: {
    status: 'partial',
    level: 3,
    method: 'situation',
    date: '2026-11-20',
    comment: 'Reste : réclamations.',
  },
})

const time = async <T>(f: () => Promise<T>): Promise<[number, T]> => {
  const t0 = performance.now()
  const value = await f()
  return [performance.now() - t0, value]
}

const p95 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? Number.NaN

const [coldSign, firstIssued] = await time(() => issueCredential(input()))
const [coldVerify, firstResult] = await time(() => verifyCredential(firstIssued))
if (!firstResult.ok) throw new Error(`own credential did not verify: ${firstResult.code}`)
const sign: number[] = []
const verify: number[] = []
for (let i = 0; i < RUNS; i++) {
  const [s, c] = await time(() => issueCredential(input()))
  const [v, r] = await time(() => verifyCredential(c))
  if (!r.ok) throw new Error(r.code)
  sign.push(s)
  verify.push(v)
}

// --- Trust chain: an organisation endorses trainers; credentials carry endorsement and status.
const RELAY = 'https://relay.example'
const orgKeys = generateTrainerKeys()
const org = keyInfo(orgKeys.publicKey)
let orgList = newStatusList(RELAY, org.did, 'org-list-01')
type Trainer = { keys: TrainerKeys; list: StatusListState; endorsement: Record<string, unknown> }
const trainers: Trainer[] = []
for (let t = 0; t < 4; t++) {
  const keys = generateTrainerKeys()
  const slot = allocateStatus(orgList)
  if (!slot) throw new Error('list full')
  orgList = slot.state
  const endorsement = await issueEndorsement({
    organisation: { name: 'CISP Le Tremplin', keys: orgKeys },
    trainer: { did: keyInfo(keys.publicKey).did, name: `Formateur ${t}` },
    validUntil: new Date(Date.now() + 365 * 86_400_000),
    status: slot.entry,
  })
  trainers.push({
    keys,
    list: newStatusList(RELAY, keyInfo(keys.publicKey).did, `trainer-${t}-list`),
    endorsement,
  })
}
const issueEndorsed = async (t: Trainer, i: number): Promise<SignedCredential> => {
  const slot = allocateStatus(t.list)
  if (!slot) throw new Error('list full')
  t.list = slot.state
  const base = input()
  return issueCredential({
    ...base,
    keys: t.keys,
    trainer: {
      name: 'Marie Dupont',
      organisation: 'CISP Le Tremplin',
      organisationDid: org.did,
      endorsements: [t.endorsement],
    },
    competence: { ...base.competence, label: `Compétence ${i}` },
    status: slot.entry,
  })
}
const chainSign: number[] = []
const booklet: SignedCredential[] = []
for (let i = 0; i < 200; i++) {
  const t = trainers[i % trainers.length] as Trainer
  const [ms, c] = await time(() => issueEndorsed(t, i))
  if (i < RUNS) chainSign.push(ms)
  booklet.push(JSON.parse(JSON.stringify(c)) as SignedCredential)
}
const signedLists = await Promise.all([
  signStatusList(orgList, orgKeys),
  ...trainers.map((t) => signStatusList(t.list, t.keys)),
])
const listVerify: number[] = []
const statusLists = new Map()
for (const { credential } of signedLists) {
  const [ms, r] = await time(() => verifyStatusList(credential))
  if (!r.ok) throw new Error(r.code)
  listVerify.push(ms)
  statusLists.set(r.value.url, { list: r.value, checkedAt: new Date().toISOString() })
}
const ctx = {
  trusted: new Map([
    [org.did, { did: org.did, name: 'CISP Le Tremplin', via: { kind: 'face-to-face' as const } }],
  ]),
  statusLists,
}
const chainVerify: number[] = []
for (let i = 0; i < RUNS; i++) {
  const [ms, state] = await time(async () => validationState(await verifyChain(booklet[i]), ctx))
  if (state.state !== 'trusted-organisation') throw new Error(`chain: ${state.state}`)
  chainVerify.push(ms)
}
const first = booklet[0] as SignedCredential
const someList = statusLists.get(first.credentialStatus?.statusListCredential)
const t0 = performance.now()
for (let i = 0; i < 10_000; i++) statusIn(first.credentialStatus as never, first.issuer.id, someList.list)
const statusReadUs = ((performance.now() - t0) / 10_000) * 1000
const cache = createVerifyCache()
const openBooklet = async () => {
  // One after the other, as a screen fills in (all at once only piles up work on one thread).
  const states = []
  for (const c of booklet) states.push(validationState(await cache.verify(c), ctx))
  if (states.some((s) => s.state !== 'trusted-organisation')) throw new Error('booklet: not all trusted')
}
const [bookletFirst] = await time(openBooklet)
const [bookletCached] = await time(openBooklet)

const gzipOf = async (external: (string | RegExp)[]): Promise<{ raw: number; gzip: number }> => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'src/credential/index.ts', formats: ['es'], fileName: 'credential' },
      rollupOptions: { external },
    },
  })
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[]
  const code = outputs
    .flatMap((o) => o.output)
    .map((o) => (o.type === 'chunk' ? o.code : ''))
    .join('')
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length }
}
const whole = await gzipOf([])
const own = await gzipOf([/^@noble\//, /^valibot$/])
const bytes = Buffer.byteLength(JSON.stringify(firstIssued))
const chainBytes = Buffer.byteLength(JSON.stringify(first))

printTable(
  ['measure', 'value'],
  [
    ['issue, first call (ms)', round1(coldSign)],
    ['verify, first call (ms)', round1(coldVerify)],
    [`issue, median of ${RUNS} (ms)`, round1(median(sign))],
    [`issue, p95 (ms)`, round1(p95(sign))],
    [`verify, median of ${RUNS} (ms)`, round1(median(verify))],
    [`verify, p95 (ms)`, round1(p95(verify))],
    ['credential JSON (bytes)', bytes],
    [`issue with endorsement + status, median of ${RUNS} (ms)`, round1(median(chainSign))],
    ['credential with endorsement + status (bytes)', chainBytes],
    [`verify chain (endorsement + credential + status), median of ${RUNS} (ms)`, round1(median(chainVerify))],
    [
      `verify a status list (signature + gunzip), median of ${listVerify.length} (ms)`,
      round1(median(listVerify)),
    ],
    ['read one status from a verified list (µs)', round1(statusReadUs)],
    ['200 validations of a shared booklet, first opening (ms)', Math.round(bookletFirst)],
    ['200 validations of a shared booklet, opened again (ms)', round1(bookletCached)],
    ['chunk minified (bytes)', whole.raw],
    ['chunk gzip -9 (bytes)', whole.gzip],
    ['chunk gzip -9 without @noble/*, valibot (bytes)', own.gzip],
  ],
)
console.log(
  JSON.stringify({
    coldSignMs: round1(coldSign),
    coldVerifyMs: round1(coldVerify),
    signMs: round1(median(sign)),
    verifyMs: round1(median(verify)),
    credentialBytes: bytes,
    chainSignMs: round1(median(chainSign)),
    chainVerifyMs: round1(median(chainVerify)),
    statusListVerifyMs: round1(median(listVerify)),
    statusReadUs: round1(statusReadUs),
    booklet200FirstMs: Math.round(bookletFirst),
    booklet200CachedMs: round1(bookletCached),
    gzipBytes: whole.gzip,
    gzipBytesWithoutShared: own.gzip,
  }),
)
