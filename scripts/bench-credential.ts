// `npm run bench:credential [-- --baseline <git ref>]`: cost of the credential module (src/credential),
// in Node, then in real Chromium (scripts/bench-credential-browser.ts).
// Node: time to issue (build + eddsa-rdfc-2022 sign) and to verify one Open Badges credential, the first
// call (cold: JSON-LD contexts processed for the first time) and the median / p95 of warm calls; the
// trust chain (an endorsed credential with its endorsement and status, the endorsement seen or not);
// a status check (verify the fetched list, read the bit); a shared booklet of 200 validations by 4
// endorsed trainers (scripts/bench/credential-booklet.ts), first opening with every memory and shape
// emptied (median of OPENINGS), its CPU time and the longest hold of the event loop, and again.
// Bundle: the module built alone by Vite as an ES library, minified, gzip -9.
// --baseline <ref> (or BASELINE=<ref>): the booklet is also opened with that commit's code, alternating
// old / new in Node and in Chromium (same machine load), with the ratios. --no-browser: Node only.
// Prints tables and, as its last line, a JSON object: verify200BrowserMs, verify200NodeMs, signMs,
// verifyMs, chainVerifyMs, statusCheckMs, … (medians), with the load average before and after.
import { loadavg } from 'node:os'
import { gzipSync } from 'node:zlib'
import {
  forgetChainChecks,
  forgetVerifiedCredentials,
  generateTrainerKeys,
  type IssueInput,
  issueCredential,
  type SignedCredential,
  statusIn,
  verifyCredential,
  verifyStatusList,
} from '../src/credential/index.ts'
import { validationState, verifyChain } from '../src/features/trust/index.ts'
import { buildCredentialModule } from '../tests/support/credential-bundle.ts'
import { signBooklet } from './bench/credential-booklet.ts'
import { type NodeOpening, openInNode } from './bench/credential-node.ts'
import { baselineArg, currentTree, treeAt } from './bench/credential-trees.ts'
import { median, printTable, round1 } from './bench/stats.ts'
import { type BrowserFigures, printBrowserTable, runBrowserBench } from './bench-credential-browser.ts'

const RUNS = 30
const OPENINGS = 5
const loadBefore = loadavg()
const baseline = baselineArg()

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
  assessment: { status: 'partial', level: 3, method: 'situation', date: '2026-11-20', comment: 'Reste.' },
})

const time = async <T>(f: () => Promise<T>): Promise<[number, T]> => {
  const t0 = performance.now()
  const value = await f()
  return [performance.now() - t0, value]
}

const p95 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? Number.NaN

// --- One credential: issue, verify.
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

// --- The trust chain, on the bench booklet (its first RUNS credentials timed as they are signed).
const chainSign: number[] = []
const booklet = await signBooklet(200, (ms, i) => {
  if (i < RUNS) chainSign.push(ms)
})
const listVerify: number[] = []
const statusLists = new Map()
for (const list of booklet.statusLists) {
  const [ms, r] = await time(() => verifyStatusList(list))
  if (!r.ok) throw new Error(r.code)
  listVerify.push(ms)
  statusLists.set(r.value.url, { list: r.value, checkedAt: new Date().toISOString() })
}
const ctx = {
  trusted: new Map([
    [booklet.orgDid, { did: booklet.orgDid, name: 'CISP', via: { kind: 'face-to-face' as const } }],
  ]),
  statusLists,
}
const chainVerify: number[] = []
const chainVerifyUnseen: number[] = []
for (let i = 0; i < RUNS; i++) {
  const c = booklet.credentials[i] as SignedCredential
  // A credential not seen before; its endorsement seen (the usual case), then nothing seen at all.
  forgetVerifiedCredentials()
  const [ms, state] = await time(async () => validationState(await verifyChain(c), ctx))
  if (state.state !== 'trusted-organisation') throw new Error(`chain: ${state.state}`)
  chainVerify.push(ms)
  forgetChainChecks()
  const [unseen] = await time(async () => validationState(await verifyChain(c), ctx))
  chainVerifyUnseen.push(unseen)
}
// A status check: the list fetched is verified (signature + gunzip), then each validation reads its bit.
const statusCheck: number[] = []
for (let i = 0; i < RUNS; i++) {
  const list = booklet.statusLists[i % booklet.statusLists.length]
  const c = booklet.credentials[i] as SignedCredential
  const [ms] = await time(async () => {
    const r = await verifyStatusList(JSON.parse(JSON.stringify(list)))
    if (!r.ok) throw new Error(r.code)
    statusIn(c.credentialStatus as never, c.issuer.id, r.value)
  })
  statusCheck.push(ms)
}

// --- The booklet of 200, old and new alternating.
const trees = [...(baseline ? [treeAt(baseline)] : []), currentTree()]
const node: NodeOpening[][] = trees.map(() => [])
const nodeWarm: NodeOpening[][] = trees.map(() => [])
for (let run = 0; run < OPENINGS; run++)
  for (const [i, tree] of trees.entries()) {
    node[i]?.push(await openInNode(tree, booklet))
    nodeWarm[i]?.push(await openInNode(tree, booklet, true))
  }

const gzipOf = async (external: (string | RegExp)[]): Promise<{ raw: number; gzip: number }> => {
  const code = (await buildCredentialModule(external)).map((chunk) => chunk.code).join('')
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length }
}
const whole = await gzipOf([])
const bytes = Buffer.byteLength(JSON.stringify(firstIssued))
const chainBytes = Buffer.byteLength(JSON.stringify(booklet.credentials[0]))

printTable(
  ['measure (Node, this thread)', 'value'],
  [
    ['issue, first call (ms)', round1(coldSign)],
    ['verify, first call (ms)', round1(coldVerify)],
    [`issue, median of ${RUNS} (ms)`, round1(median(sign))],
    ['issue, p95 (ms)', round1(p95(sign))],
    [`verify, median of ${RUNS} (ms)`, round1(median(verify))],
    ['verify, p95 (ms)', round1(p95(verify))],
    ['credential JSON (bytes)', bytes],
    [`issue with endorsement + status, median of ${RUNS} (ms)`, round1(median(chainSign))],
    ['credential with endorsement + status (bytes)', chainBytes],
    [`verify chain (endorsement seen) + state, median of ${RUNS} (ms)`, round1(median(chainVerify))],
    [`verify chain (nothing seen) + state, median of ${RUNS} (ms)`, round1(median(chainVerifyUnseen))],
    [`status check (verify the list + read the bit), median of ${RUNS} (ms)`, round1(median(statusCheck))],
    [`verify a status list, median of ${listVerify.length} (ms)`, round1(median(listVerify))],
    ['chunk minified / gzip -9 (bytes)', `${whole.raw} / ${whole.gzip}`],
  ],
)
const nm = (i: number, f: (o: NodeOpening) => number, warm = false) =>
  median(((warm ? nodeWarm : node)[i] ?? []).map(f))
const ratio = (f: (i: number) => number) => (trees.length === 2 && f(1) > 0 ? `${round1(f(0) / f(1))}×` : '')
const row = (label: string, f: (i: number) => number, digits = 0) => [
  label,
  ...trees.map((_, i) => (digits ? round1(f(i)) : Math.round(f(i)))),
  ratio(f),
]
process.stdout.write('\n')
printTable(
  [
    `Node, 200 validations, medians of ${OPENINGS}`,
    ...trees.map((t) => t.name),
    trees.length === 2 ? 'old/new' : '',
  ],
  [
    row('first opening, wall (ms)', (i) => nm(i, (o) => o.ms)),
    row('  CPU time (ms)', (i) => nm(i, (o) => o.cpuMs)),
    row('  longest hold of the event loop (ms)', (i) => nm(i, (o) => o.longestBlockMs), 1),
    row('another booklet (shapes known), wall (ms)', (i) => nm(i, (o) => o.ms, true)),
    row('  CPU time (ms)', (i) => nm(i, (o) => o.cpuMs, true)),
    row('opened again (ms)', (i) => nm(i, (o) => o.againMs), 1),
  ],
)

let browser: BrowserFigures[] = []
if (!process.argv.includes('--no-browser')) {
  process.stdout.write('\n')
  browser = await runBrowserBench(booklet, { baseline, openings: OPENINGS })
  printBrowserTable(browser)
}
const mine = trees.length - 1
const newBrowser = browser.at(-1)
const oldBrowser = browser.length === 2 ? browser[0] : undefined
console.log(
  JSON.stringify({
    verify200BrowserMs: newBrowser?.firstMs ?? null,
    verify200NodeMs: Math.round(nm(mine, (o) => o.ms)),
    signMs: round1(median(sign)),
    chainSignMs: round1(median(chainSign)),
    verifyMs: round1(median(verify)),
    chainVerifyMs: round1(median(chainVerify)),
    chainVerifyUnseenMs: round1(median(chainVerifyUnseen)),
    statusCheckMs: round1(median(statusCheck)),
    statusListVerifyMs: round1(median(listVerify)),
    coldSignMs: round1(coldSign),
    coldVerifyMs: round1(coldVerify),
    verify200NodeCpuMs: Math.round(nm(mine, (o) => o.cpuMs)),
    verify200NodeWarmShapesMs: Math.round(nm(mine, (o) => o.ms, true)),
    verify200BrowserFirstCardMs: newBrowser?.firstCardMs ?? null,
    verify200BrowserLongestTaskMs: newBrowser?.longestTaskMs ?? null,
    verify200BrowserAgainMs: newBrowser?.againMs ?? null,
    verifyRoadBrowser: newBrowser?.road ?? null,
    ...(trees.length === 2
      ? {
          baseline: trees[0]?.name,
          verify200NodeOldMs: Math.round(nm(0, (o) => o.ms)),
          verify200BrowserOldMs: oldBrowser?.firstMs ?? null,
        }
      : {}),
    credentialBytes: bytes,
    gzipBytes: whole.gzip,
    loadAverageBefore: loadBefore.map(round1),
    loadAverageAfter: loadavg().map(round1),
  }),
)
