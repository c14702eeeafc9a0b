// `npx tsx scripts/bench-credential-browser.ts`: the professional's side in real Chromium — 200
// validations of a shared booklet (4 trainers endorsed by one organisation, each credential with its
// endorsement and status) verified with the modules bundled by Vite as the app bundles them. Each
// opening is a fresh page: modules just loaded, nothing remembered, no canonicalization shape known
// (a real first opening). All 200 cards ask at once, as the screen's cards do. Measured in the page:
// time until every state is known (and until the first), the long tasks the page ran during it
// (PerformanceObserver 'longtask', ≥ 50 ms: how long input could have waited), then the same booklet
// opened again in that page (everything remembered), then as another booklet would be (nothing
// remembered, but canonicalization shapes and compiled code warm). Medians of OPENINGS.
// Credentials are signed in Node beforehand. Prints a table, then a JSON line.
import type { Page } from 'playwright-core'
import { build, type Rollup } from 'vite'
import {
  allocateStatus,
  generateTrainerKeys,
  issueCredential,
  issueEndorsement,
  keyInfo,
  newStatusList,
  type StatusListState,
  signStatusList,
  type TrainerKeys,
} from '../src/credential/index.ts'
import { launchBrowser } from '../tests/support/browser.ts'
import { median, printTable, round1 } from './bench/stats.ts'

const OPENINGS = 5
const VALIDATIONS = 200
const ORIGIN = 'http://127.0.0.1:9'
const RELAY = 'https://relay.example'

// --- The booklet, signed in Node.
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
  trainers.push({
    keys,
    list: newStatusList(RELAY, keyInfo(keys.publicKey).did, `trainer-${t}-list`),
    endorsement: await issueEndorsement({
      organisation: { name: 'CISP Le Tremplin', keys: orgKeys },
      trainer: { did: keyInfo(keys.publicKey).did, name: `Formateur ${t}` },
      validUntil: new Date(Date.now() + 365 * 86_400_000),
      status: slot.entry,
    }),
  })
}
const booklet: unknown[] = []
for (let i = 0; i < VALIDATIONS; i++) {
  const t = trainers[i % trainers.length] as Trainer
  const slot = allocateStatus(t.list)
  if (!slot) throw new Error('list full')
  t.list = slot.state
  const c = await issueCredential({
    trainer: {
      name: `Formateur ${i % trainers.length}`,
      organisation: 'CISP Le Tremplin',
      organisationDid: org.did,
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
  booklet.push(JSON.parse(JSON.stringify(c)))
}
const lists = await Promise.all([
  signStatusList(orgList, orgKeys),
  ...trainers.map((t) => signStatusList(t.list, t.keys)),
])
const statusLists = lists.map((l) => l.credential)

// --- The modules as Vite bundles them.
const out = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: {
      entry: {
        credential: 'src/credential/index.ts',
        cache: 'src/features/trust/verify-cache.ts',
        chain: 'src/features/trust/verify-chain.ts',
        state: 'src/features/trust/trust-state.ts',
      },
      formats: ['es'],
    },
  },
})
const files = new Map<string, string>()
for (const o of (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[])
  for (const chunk of o.output) if (chunk.type === 'chunk') files.set(`/${chunk.fileName}`, chunk.code)
const entryFile = (name: string) => {
  const f = [...files.keys()].find((k) => k.startsWith(`/${name}`))
  if (!f) throw new Error(`no chunk for ${name}`)
  return f
}

// tsx names the functions it compiles (__name); the evaluated function needs the helper in the page.
const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module">
globalThis.__name = (f) => f
globalThis.longTasks = []
new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.longTasks.push([e.startTime, e.duration]) })
  .observe({ type: 'longtask', buffered: true })
const [credential, cache, state, chain] = await Promise.all([
  import('${entryFile('credential')}'), import('${entryFile('cache')}'), import('${entryFile('state')}'),
  import('${entryFile('chain')}'),
])
globalThis.modules = { credential, cache, state, chain }
globalThis.ready = true
</script>`

type Opening = {
  ms: number
  firstCard: number
  longTasks: number
  longestTask: number
  warmMs: number
  warmLongestTask: number
  againMs: number
  webcrypto: boolean
}

const open = async (page: Page): Promise<Opening> =>
  page.evaluate(
    async ({ booklet, statusLists, orgDid }) => {
      type M = Record<string, (...a: unknown[]) => unknown>
      const { credential, cache, state, chain } = (globalThis as unknown as { modules: Record<string, M> })
        .modules as { credential: M; cache: M; state: M; chain: M }
      const known = new Map()
      for (const l of statusLists) {
        const r = (await credential.verifyStatusList?.(l)) as { ok: boolean; value: { url: string } }
        if (!r.ok) throw new Error('status list')
        known.set(r.value.url, { list: r.value, checkedAt: new Date().toISOString() })
      }
      const ctx = {
        trusted: new Map([[orgDid, { did: orgDid, name: 'CISP', via: { kind: 'face-to-face' } }]]),
        statusLists: known,
      }
      let chains = cache.createVerifyCache?.() as { verify: (c: unknown) => Promise<unknown> }
      const openOnce = async () => {
        const t0 = performance.now()
        let firstCard = 0
        const states = (await Promise.all(
          booklet.map(async (c) => {
            const s = state.validationState?.(await chains.verify(c), ctx)
            firstCard ||= performance.now() - t0
            return s
          }),
        )) as { state: string }[]
        const ms = performance.now() - t0
        if (states.some((s) => s.state !== 'trusted-organisation')) throw new Error(`not all trusted`)
        // Long tasks that overlap this opening (the page's own loading is not counted).
        await new Promise((r) => setTimeout(r, 0))
        const tasks = (globalThis as unknown as { longTasks: [number, number][] }).longTasks
        const during = tasks.filter(([start, d]) => start + d > t0 && start < t0 + ms).map(([, d]) => d)
        return {
          ms,
          firstCard,
          longTasks: during.length,
          longestTask: during.length ? Math.max(...during) : 0,
        }
      }
      const first = await openOnce()
      const again = await openOnce()
      // Another booklet in the same session: nothing remembered, but the shapes and the code are warm.
      chains = cache.createVerifyCache?.() as typeof chains
      credential.forgetVerifiedCredentials?.()
      chain.forgetCheckedEndorsements?.()
      const warm = await openOnce()
      let webcrypto = false
      try {
        await crypto.subtle.importKey('raw', new Uint8Array(32).fill(1), { name: 'Ed25519' }, false, [
          'verify',
        ])
        webcrypto = true
      } catch {
        webcrypto = false
      }
      return {
        ms: first.ms,
        longTasks: first.longTasks,
        longestTask: first.longestTask,
        firstCard: first.firstCard,
        warmMs: warm.ms,
        warmLongestTask: warm.longestTask,
        againMs: again.ms,
        webcrypto,
      }
    },
    { booklet, statusLists, orgDid: org.did },
  )

const browser = await launchBrowser()
const openings: Opening[] = []
try {
  for (let run = 0; run < OPENINGS; run++) {
    const page = await browser.newPage()
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.origin !== ORIGIN) return route.abort()
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE })
      const code = files.get(url.pathname)
      return code
        ? route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: code })
        : route.abort()
    })
    await page.goto(`${ORIGIN}/`)
    await page.waitForFunction(() => 'ready' in globalThis, undefined, { timeout: 60_000 })
    openings.push(await open(page))
    await page.close()
  }
} finally {
  await browser.close()
}

const m = (f: (o: Opening) => number) => median(openings.map(f))
printTable(
  ['measure (Chromium, fresh page each opening)', 'value'],
  [
    [`${VALIDATIONS} validations, first opening, median of ${OPENINGS} (ms)`, Math.round(m((o) => o.ms))],
    ['  first card known after (ms)', round1(m((o) => o.firstCard))],
    ['  long tasks (≥ 50 ms) during it', m((o) => o.longTasks)],
    ['  longest task during it (ms, 0 = none ≥ 50 ms)', round1(m((o) => o.longestTask))],
    [
      `another booklet of ${VALIDATIONS} in the same page (shapes known) (ms)`,
      Math.round(m((o) => o.warmMs)),
    ],
    ['  longest task during it (ms, 0 = none ≥ 50 ms)', round1(m((o) => o.warmLongestTask))],
    [`${VALIDATIONS} validations, opened again (ms)`, round1(m((o) => o.againMs))],
    ['Ed25519 in WebCrypto', openings.every((o) => o.webcrypto) ? 'yes' : 'no'],
  ],
)
console.log(
  JSON.stringify({
    browserBooklet200FirstMs: Math.round(m((o) => o.ms)),
    browserBooklet200FirstCardMs: round1(m((o) => o.firstCard)),
    browserBooklet200LongestTaskMs: round1(m((o) => o.longestTask)),
    browserBooklet200LongTasks: m((o) => o.longTasks),
    browserBooklet200WarmShapesMs: Math.round(m((o) => o.warmMs)),
    browserBooklet200WarmShapesLongestTaskMs: round1(m((o) => o.warmLongestTask)),
    browserBooklet200AgainMs: round1(m((o) => o.againMs)),
    webcryptoEd25519: openings.every((o) => o.webcrypto),
  }),
)
