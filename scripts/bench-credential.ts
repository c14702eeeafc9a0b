// `npx tsx scripts/bench-credential.ts`: cost of the credential module (src/credential).
// Node: time to issue (build + eddsa-rdfc-2022 sign) and to verify one Open Badges credential, the
// first call (cold: JSON-LD contexts processed for the first time) and the median / p95 of warm calls.
// Bundle: the module built alone by Vite as an ES library (what the lazy chunk would hold), minified,
// gzip -9; also without @noble/* and valibot, which the main bundle already carries.
// Prints a table and, as its last line, {"coldSignMs":…, "signMs":…, "verifyMs":…, "gzipBytes":…}.
import { gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'
import {
  generateTrainerKeys,
  type IssueInput,
  issueCredential,
  verifyCredential,
} from '../src/credential/index.ts'
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

const [coldSign, first] = await time(() => issueCredential(input()))
const [coldVerify, firstResult] = await time(() => verifyCredential(first))
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
const bytes = Buffer.byteLength(JSON.stringify(first))

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
    gzipBytes: whole.gzip,
    gzipBytesWithoutShared: own.gzip,
  }),
)
