// One tree's verification in real Chromium: the modules bundled by Vite as the app bundles them (its
// verification worker a chunk of its own), served from a fake origin, opened in a fresh page each time
// (modules just loaded, worker just started, nothing remembered, no canonicalization shape known: a real
// first opening). All cards ask at once, as a screen's cards do. Measured in the page: time until every
// state is known (and until the first), long tasks (≥ 50 ms) during it, then the same booklet opened
// again (everything remembered), then as another booklet (nothing remembered, shapes and code warm).
import type { Browser } from 'playwright-core'
import { build, type Rollup } from 'vite'
import { type HotFunction, profileAction } from './cpu-profile.ts'
import type { BenchBooklet } from './credential-booklet.ts'
import { benchEntry, type Tree } from './credential-trees.ts'

const ORIGIN = 'http://127.0.0.1:9'

/** What one opening measured. */
export type Opening = {
  ms: number
  firstCard: number
  longTasks: number
  longestTask: number
  warmMs: number
  warmLongestTask: number
  againMs: number
  webcrypto: boolean
  /** Where the chains were verified ('worker' or 'thread'). */
  road: string
}

/** A tree's bench entry bundled: file path → code. */
export type Bundle = Map<string, string>

/** Bundles a tree's verification modules (minified unless `minify` is false: readable profiles). */
export const bundleTree = async (tree: Tree, tag: string, minify = true): Promise<Bundle> => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify,
      target: 'es2022',
      rollupOptions: {
        input: { bench: benchEntry(tree, tag) },
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: 'bench.js' },
      },
    },
  })
  const files: Bundle = new Map()
  for (const o of (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[])
    for (const f of o.output)
      files.set(`/${f.fileName}`, f.type === 'chunk' ? f.code : Buffer.from(f.source).toString())
  if (!files.has('/bench.js')) throw new Error(`no bench entry for ${tree.name}`)
  return files
}

// tsx names the functions it compiles (__name); the evaluated function needs the helper in the page.
const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module">
globalThis.__name = (f) => f
globalThis.longTasks = []
new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.longTasks.push([e.startTime, e.duration]) })
  .observe({ type: 'longtask', buffered: true })
globalThis.modules = await import('/bench.js')
globalThis.ready = true
</script>`

type Args = { credentials: unknown[]; statusLists: unknown[]; orgDid: string }

// Runs in the page. Written without closures over Node values: page.evaluate serialises it.
const openInPage = async ({ credentials, statusLists, orgDid }: Args): Promise<Opening> => {
  type Fn = (...a: unknown[]) => unknown
  const { credential, cache, state, chain } = (
    globalThis as unknown as { modules: Record<string, Record<string, Fn>> }
  ).modules as Record<'credential' | 'cache' | 'state' | 'chain', Record<string, Fn>>
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
      credentials.map(async (c) => {
        const s = state.validationState?.(await chains.verify(c), ctx)
        firstCard ||= performance.now() - t0
        return s
      }),
    )) as { state: string; reason?: string }[]
    const ms = performance.now() - t0
    const wrong = states.find((s) => s.state !== 'trusted-organisation')
    if (wrong) throw new Error(`not all trusted: ${JSON.stringify(wrong)}`)
    await new Promise((r) => setTimeout(r, 0))
    const tasks = (globalThis as unknown as { longTasks: [number, number][] }).longTasks
    const during = tasks.filter(([start, d]) => start + d > t0 && start < t0 + ms).map(([, d]) => d)
    return { ms, firstCard, longTasks: during.length, longestTask: during.length ? Math.max(...during) : 0 }
  }
  const first = await openOnce()
  const again = await openOnce()
  // Another booklet in the same session: nothing remembered, shapes and code warm.
  chains = cache.createVerifyCache?.() as typeof chains
  const shared = credential.sharedChainVerifier?.() as { forget: () => void; road: () => string } | undefined
  shared?.forget()
  credential.forgetVerifiedCredentials?.()
  chain.forgetCheckedEndorsements?.()
  const warm = await openOnce()
  let webcrypto = false
  try {
    await crypto.subtle.importKey('raw', new Uint8Array(32).fill(1), { name: 'Ed25519' }, false, ['verify'])
    webcrypto = true
  } catch {
    webcrypto = false
  }
  return {
    ms: first.ms,
    firstCard: first.firstCard,
    longTasks: first.longTasks,
    longestTask: first.longestTask,
    warmMs: warm.ms,
    warmLongestTask: warm.longestTask,
    againMs: again.ms,
    webcrypto,
    road: shared ? shared.road() : 'thread',
  }
}

/** One opening of the booklet in a fresh page serving `files`; with `profile`, the page's hot functions. */
export const openInChromium = async (
  browser: Browser,
  files: Bundle,
  booklet: BenchBooklet,
  profile = false,
): Promise<{ opening: Opening; hot: HotFunction[] }> => {
  const page = await browser.newPage()
  try {
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
    const args: Args = {
      credentials: booklet.credentials,
      statusLists: booklet.statusLists,
      orgDid: booklet.orgDid,
    }
    if (!profile) return { opening: await page.evaluate(openInPage, args), hot: [] }
    const cdp = await page.context().newCDPSession(page)
    let opening: Opening | undefined
    const hot = await profileAction(
      cdp,
      async () => {
        opening = await page.evaluate(openInPage, args)
      },
      25,
    )
    return { opening: opening as Opening, hot }
  } finally {
    await page.close()
  }
}
