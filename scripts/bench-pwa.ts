// `npm run bench:pwa`: builds the app, serves it with the relay, runs Lighthouse 12 with its
// mobile defaults (simulated slow 4G, 4x CPU slowdown) against the home page and prints the
// category scores, then the gzip size of the JavaScript the first load fetches (entry module
// and its modulepreloaded chunks, zlib level 9). Last line: the JSON figures.
// Options: --reuse-dist (skip the build when .bench/dist exists), --runs N (median of N runs, default 1).
import { cpus, loadavg } from 'node:os'
import lighthouse from 'lighthouse'
import { startAppServer } from '../tests/support/app-server.ts'
import { buildForBench } from './bench/build.ts'
import { launchDebugChromium } from './bench/chromium-debug.ts'
import { initialScripts } from './bench/initial-js.ts'
import { median, printTable } from './bench/stats.ts'

/** A few readable lines from an audit's detail table (console errors, failing nodes…). */
function auditItems(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
  return items.slice(0, 5).map((item) => {
    const node = item.node as { snippet?: string } | undefined
    const text = item.description ?? item.url ?? node?.snippet ?? JSON.stringify(item)
    return String(text).slice(0, 200)
  })
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const
const loadAtStart = Math.round((loadavg()[0] ?? 0) * 10) / 10
const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1] ?? 1) : 1

const distDir = buildForBench()
const server = await startAppServer(distDir)
const scores: Record<(typeof CATEGORIES)[number], number[]> = {
  performance: [],
  accessibility: [],
  'best-practices': [],
}
const problems = new Set<string>()
const metrics: string[][] = []
const diagnostics: string[][] = []
try {
  for (let run = 0; run < runs; run++) {
    const chrome = await launchDebugChromium()
    try {
      const result = await lighthouse(`${server.origin}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      if (!result) throw new Error('Lighthouse returned no result')
      const { lhr } = result
      if (lhr.runtimeError)
        throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
      for (const id of CATEGORIES) {
        const category = lhr.categories[id]
        scores[id].push(category?.score ?? 0)
        for (const ref of category?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id]
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            problems.add(`${id}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`.trim())
            for (const line of auditItems(audit.details)) problems.add(`    ${line}`)
          }
        }
      }
      for (const id of ['long-tasks', 'bootup-time']) {
        const items =
          (lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
        for (const item of items.slice(0, 6)) {
          const url = String(item.url ?? '').replace(server.origin, '')
          const ms = Math.round(Number(item.duration ?? item.total ?? 0))
          const at = item.startTime === undefined ? '' : ` at ${Math.round(Number(item.startTime))} ms`
          diagnostics.push([`run ${run + 1}`, id, `${ms} ms${at} ${url}`])
        }
      }
      for (const id of [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ]) {
        const audit = lhr.audits[id]
        if (audit) metrics.push([`run ${run + 1}`, id, audit.displayValue ?? String(audit.numericValue)])
      }
    } finally {
      await chrome.close()
    }
  }
} finally {
  await server.close()
}

const scripts = await initialScripts(distDir)
const initialJsGzipBytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0)
const figures = {
  performance: median(scores.performance),
  accessibility: median(scores.accessibility),
  bestPractices: median(scores['best-practices']),
  initialJsGzipBytes,
}
metrics.push(['-', 'machine load (1 min avg) at start', `${loadAtStart} on ${cpus().length} cores`])
printTable(['run', 'metric', 'value'], metrics)
process.stdout.write('\n')
printTable(['run', 'diagnostic (simulated, 4x CPU)', 'value'], diagnostics)
process.stdout.write('\n')
printTable(
  ['initial script', 'bytes', 'gzip -9 bytes'],
  [...scripts.map((s) => [s.path, s.bytes, s.gzipBytes]), ['total', '', initialJsGzipBytes]],
)
process.stdout.write('\n')
printTable(
  ['figure', 'measured', 'target'],
  [
    ['performance', figures.performance, '≥ 0.95'],
    ['accessibility', figures.accessibility, '1'],
    ['bestPractices', figures.bestPractices, '1'],
    ['initialJsGzipBytes', initialJsGzipBytes, '≤ 100000'],
  ],
)
if (problems.size > 0)
  process.stdout.write(`\naudits below 1:\n${[...problems].map((p) => `  ${p}`).join('\n')}\n`)
process.stdout.write(`${JSON.stringify(figures)}\n`)
