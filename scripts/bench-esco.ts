// `npm run bench:esco` (issue 13, point 4): the ESCO picker's index in real Chromium (Debian's, through
// playwright-core), CPU slowed 4× with CDP Emulation.setCPUThrottlingRate, files served gzip-compressed
// on loopback as the relay serves them. Figures:
// - indexGzipBytes: every index file (manifest, ids, labels) for FR+EN+NL, gzip -9, summed.
// - loadMsThrottled: one picker opening (manifest + ids + one language's labels fetched, validated,
//   search keys computed), median of 3 fresh pages per kind and language; the worst of those medians.
// - queryMsP95Throttled: searches as the person types (every prefix of 3+ characters of realistic
//   queries, in the picker's language), p95 over all of them and all pickers.
// Prints a table, then one JSON line.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { launchBrowser } from '../tests/support/browser.ts'
import { median, printTable, round1 } from './bench/stats.ts'
import { buildEscoIndexFromDir, escoSiteFiles } from './build-esco-index.ts'

const QUERIES: Record<string, string[]> = {
  fr: [
    'accueil client',
    'caisse',
    'vente',
    'cariste',
    'nettoyage',
    'cuisine',
    'soins aux personnes',
    'informatique',
    'conduire un camion',
    'magasinier',
    'travail en équipe',
    'électricité',
  ],
  en: [
    'customer service',
    'cashier',
    'sales',
    'forklift',
    'cleaning',
    'cooking',
    'care',
    'computer',
    'drive a truck',
    'warehouse',
    'teamwork',
    'electricity',
  ],
  nl: [
    'klantendienst',
    'kassier',
    'verkoper',
    'heftruck',
    'schoonmaak',
    'kok',
    'verzorgende',
    'informatica',
    'vrachtwagenchauffeur',
    'magazijnier',
    'elektricien',
    'bakker',
  ],
}
const PICKERS = [
  ['skill', 'fr'],
  ['skill', 'en'],
  ['occupation', 'fr'],
  ['occupation', 'en'],
  ['occupation', 'nl'],
] as const
const LOADS = 3

const files = escoSiteFiles(buildEscoIndexFromDir())
const gz = new Map([...files].map(([path, text]) => [`/${path}`, gzipSync(text, { level: 9 })]))
const indexGzipBytes = [...gz.values()].reduce((n, b) => n + b.length, 0)

const bundle = await build({
  stdin: {
    contents: `import { loadEscoIndex } from './src/features/esco/loader.ts'
import { makeSearchIndex, searchEsco } from './src/features/esco/search.ts'
window.escoBench = { loadEscoIndex, searchEsco, makeSearchIndex }`,
    resolveDir: resolve(import.meta.dirname, '..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  target: 'es2020',
  write: false,
})
const js = bundle.outputFiles[0]?.text ?? ''

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  if (path === '/')
    return res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><script src="/b.js"></script>')
  if (path === '/b.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js)
  const body = gz.get(path)
  if (!body) return res.writeHead(404).end()
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(body)
})
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

type Bench = {
  loadEscoIndex: (k: string, l: string) => Promise<{ ok: boolean; value: unknown }>
  searchEsco: (i: unknown[], q: string) => unknown[]
  makeSearchIndex: (ids: unknown, labels: unknown) => unknown
}

// A fresh page of the app on a CPU slowed 4×, as a low-end phone (closed with its context).
const throttledPage = async () => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await page.goto(origin)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return { context, page }
}

// Where a picker's opening time goes: network + JSON parse, then validation + search keys.
const breakdown = async (kind: string, lang: string): Promise<{ fetchMs: number; indexMs: number }> => {
  const { context, page } = await throttledPage()
  const r = await page.evaluate(
    async ({ kind, lang }) => {
      const b = (window as unknown as { escoBench: Bench }).escoBench
      const t0 = performance.now()
      const m = (await (await fetch('/esco/manifest.json')).json()) as { version: string }
      const [ids, labels] = await Promise.all([
        fetch(`/esco/${m.version}/${kind}s.ids.json`).then((x) => x.json()),
        fetch(`/esco/${m.version}/${kind}s.${lang}.json`).then((x) => x.json()),
      ])
      const t1 = performance.now()
      b.makeSearchIndex(ids, labels)
      return { fetchMs: t1 - t0, indexMs: performance.now() - t1 }
    },
    { kind, lang },
  )
  await context.close()
  return r
}
const browser = await launchBrowser()
const rows: (string | number)[][] = []
const loadMedians: number[] = []
const queryTimes: number[] = []
try {
  for (const [kind, lang] of PICKERS) {
    const loads: number[] = []
    let times: number[] = []
    for (let i = 0; i < LOADS; i++) {
      const { context, page } = await throttledPage()
      const r = await page.evaluate(
        async ({ kind, lang, queries }) => {
          const b = (window as unknown as { escoBench: Bench }).escoBench
          const t0 = performance.now()
          const loaded = await b.loadEscoIndex(kind, lang)
          const loadMs = performance.now() - t0
          if (!loaded.ok) throw new Error('load failed')
          const times: number[] = []
          for (const q of queries)
            for (let n = 3; n <= q.length; n++) {
              const s = performance.now()
              b.searchEsco([loaded.value], q.slice(0, n))
              times.push(performance.now() - s)
            }
          return { loadMs, times }
        },
        { kind, lang, queries: QUERIES[lang] ?? [] },
      )
      loads.push(r.loadMs)
      times = r.times
      await context.close()
    }
    queryTimes.push(...times)
    const sorted = [...times].sort((a, b) => a - b)
    const p95 = sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0
    loadMedians.push(median(loads))
    const parts = await breakdown(kind, lang)
    rows.push([
      `${kind} ${lang}`,
      round1(median(loads)),
      round1(parts.fetchMs),
      round1(parts.indexMs),
      round1(median(times)),
      round1(p95),
      times.length,
    ])
  }
} finally {
  await browser.close()
  server.close()
}
const all = [...queryTimes].sort((a, b) => a - b)
const queryMsP95Throttled = round1(all[Math.floor(0.95 * (all.length - 1))] ?? 0)
const loadMsThrottled = round1(Math.max(...loadMedians))
printTable(
  [
    'picker (CPU 4× slower)',
    'load ms (median)',
    'fetch+parse',
    'keys',
    'query ms p50',
    'query ms p95',
    'queries',
  ],
  rows,
)
console.log(
  `index files: ${[...gz].map(([p, b]) => `${p.split('/').pop()} ${b.length}`).join(', ')} — total ${indexGzipBytes} B gzip (targets: ≤ 1.5 MB, load ≤ 1000 ms, query p95 ≤ 50 ms)`,
)
console.log(JSON.stringify({ indexGzipBytes, loadMsThrottled, queryMsP95Throttled }))
