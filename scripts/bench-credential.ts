// `npx tsx scripts/bench-credential.ts`: cost of the credential module (src/credential).
// Node: time to issue (build + eddsa-rdfc-2022 sign) and to verify one Open Badges credential, the
// first call (cold: JSON-LD contexts processed for the first time) and the median / p95 of warm calls.
// Bundle: the module built alone by Vite as an ES library (what the lazy chunk would hold), minified,
// gzip -9; also without @noble/* and valibot, which the main bundle already carries.
// Trust chain: verify an endorsed credential with its endorsement and status (verifyChain +
// validationState) — the endorsement already seen (it rides in every credential of its trainer) and
// not — verify a status list, read one status; then a shared booklet of 200 validations by 4 endorsed
// trainers: first opening (every cache emptied: remembered outcomes, endorsements, canonicalization
// shapes; median of OPENINGS openings), its CPU time, the longest the event loop was held during it
// (the screen's responsiveness), and opening again (caches kept).
// Prints a table and, as its last line, {"coldSignMs":…, "signMs":…, "verifyMs":…, "chainVerifyMs":…,
// "statusCheckMs":…, "booklet200FirstMs":…, "booklet200CachedMs":…, …}. All figures are medians.
import { gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'
import { clearShapes } from '../src/credential/fast-canonize.ts'
import {
  allocateStatus,
  forgetVerifiedCredentials,
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
import {
  createVerifyCache,
  forgetCheckedEndorsements,
  validationState,
  verifyChain,
} from '../src/features/trust/index.ts'
import { median, printTable, round1 } from './bench/stats.ts'

const RUNS = 30
const OPENINGS = 5

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
const chainVerifyUnseen: number[] = []
for (let i = 0; i < RUNS; i++) {
  // A credential not seen before; its endorsement seen (the usual case), then nothing seen at all.
  forgetVerifiedCredentials()
  const [ms, state] = await time(async () => validationState(await verifyChain(booklet[i]), ctx))
  if (state.state !== 'trusted-organisation') throw new Error(`chain: ${state.state}`)
  chainVerify.push(ms)
  forgetVerifiedCredentials()
  forgetCheckedEndorsements()
  const [unseen] = await time(async () => validationState(await verifyChain(booklet[i]), ctx))
  chainVerifyUnseen.push(unseen)
}
// A status check: the list fetched is verified (signature + gunzip), then each validation reads its bit.
const statusCheck: number[] = []
for (let i = 0; i < RUNS; i++) {
  const { credential } = signedLists[i % signedLists.length] as (typeof signedLists)[number]
  const [ms] = await time(async () => {
    const r = await verifyStatusList(JSON.parse(JSON.stringify(credential)))
    if (!r.ok) throw new Error(r.code)
    const c = booklet[i] as SignedCredential
    statusIn(c.credentialStatus as never, c.issuer.id, r.value)
  })
  statusCheck.push(ms)
}
const first = booklet[0] as SignedCredential
const someList = statusLists.get(first.credentialStatus?.statusListCredential)
const t0 = performance.now()
for (let i = 0; i < 10_000; i++) statusIn(first.credentialStatus as never, first.issuer.id, someList.list)
const statusReadUs = ((performance.now() - t0) / 10_000) * 1000
let cache = createVerifyCache()
// As a screen fills in: every card asks at once (as each DocValidation's effect does); the checks queue
// and hand the thread back between slices. The probe measures the longest the event loop was held.
const openBooklet = async () => {
  let longest = 0
  let last = performance.now()
  let probing = true
  const probe = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    if (probing) setTimeout(probe, 0)
  }
  setTimeout(probe, 0)
  const states = await Promise.all(booklet.map(async (c) => validationState(await cache.verify(c), ctx)))
  probing = false
  if (states.some((s) => s.state !== 'trusted-organisation')) throw new Error('booklet: not all trusted')
  return longest
}
const firstOpen: number[] = []
const firstOpenCpu: number[] = []
const firstOpenBlock: number[] = []
const cachedOpen: number[] = []
for (let run = 0; run < OPENINGS; run++) {
  cache = createVerifyCache()
  forgetVerifiedCredentials()
  forgetCheckedEndorsements()
  clearShapes()
  const cpu0 = process.cpuUsage()
  const [ms, block] = await time(openBooklet)
  const cpu = process.cpuUsage(cpu0)
  firstOpen.push(ms)
  firstOpenCpu.push((cpu.user + cpu.system) / 1000)
  firstOpenBlock.push(block)
  const [again] = await time(openBooklet)
  cachedOpen.push(again)
}
// The same first opening in a session where the canonicalization shapes are already known (another
// booklet was opened before): what slicing leaves of the longest hold once no shape is new.
const warmShapesBlock: number[] = []
const warmShapesCpu: number[] = []
for (let run = 0; run < OPENINGS; run++) {
  cache = createVerifyCache()
  forgetVerifiedCredentials()
  forgetCheckedEndorsements()
  const cpu0 = process.cpuUsage()
  warmShapesBlock.push(await openBooklet())
  const cpu = process.cpuUsage(cpu0)
  warmShapesCpu.push((cpu.user + cpu.system) / 1000)
}
const bookletFirst = median(firstOpen)
const bookletCached = median(cachedOpen)

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
    [
      `verify chain (credential + endorsement already seen + status), median of ${RUNS} (ms)`,
      round1(median(chainVerify)),
    ],
    [
      `verify chain (credential + endorsement not seen + status), median of ${RUNS} (ms)`,
      round1(median(chainVerifyUnseen)),
    ],
    [
      `status check (verify the fetched list + read the bit), median of ${RUNS} (ms)`,
      round1(median(statusCheck)),
    ],
    [
      `verify a status list (signature + gunzip), median of ${listVerify.length} (ms)`,
      round1(median(listVerify)),
    ],
    ['read one status from a verified list (µs)', round1(statusReadUs)],
    [
      `200 validations of a shared booklet, first opening, median of ${OPENINGS} (ms)`,
      Math.round(bookletFirst),
    ],
    ['  the same, CPU time (ms)', Math.round(median(firstOpenCpu))],
    ['  the same, longest hold of the event loop (ms)', round1(median(firstOpenBlock))],
    ['  the same with shapes already known, CPU time (ms)', Math.round(median(warmShapesCpu))],
    ['  the same with shapes already known, longest hold (ms)', round1(median(warmShapesBlock))],
    [`200 validations of a shared booklet, opened again, median of ${OPENINGS} (ms)`, round1(bookletCached)],
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
    chainVerifyUnseenMs: round1(median(chainVerifyUnseen)),
    statusCheckMs: round1(median(statusCheck)),
    statusListVerifyMs: round1(median(listVerify)),
    statusReadUs: round1(statusReadUs),
    booklet200FirstMs: Math.round(bookletFirst),
    booklet200FirstCpuMs: Math.round(median(firstOpenCpu)),
    booklet200LongestBlockMs: round1(median(firstOpenBlock)),
    booklet200WarmShapesCpuMs: Math.round(median(warmShapesCpu)),
    booklet200WarmShapesLongestBlockMs: round1(median(warmShapesBlock)),
    booklet200CachedMs: round1(bookletCached),
    gzipBytes: whole.gzip,
    gzipBytesWithoutShared: own.gzip,
  }),
)
