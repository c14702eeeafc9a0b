// `npx tsx scripts/bench-booklet-compare.ts --a DIR --b DIR [--opens N]`: the ten-year booklet's
// open (loadedMs: navigation start → the app's `livret:booklet-loaded` mark) in two builds of the
// app, side by side in ONE run: each build is served by its own relay (its own origin, so its own
// IndexedDB), gets the same ten-year booklet (see bench-booklet.ts), and the opens alternate
// A, B, A, B… so that the machine's load weighs on both alike. Prints both medians and B/A; the
// last line is {"aMs","bMs","ratio"}. --form-a / --form-b old|json|object (default json): how that
// build's booklet stores its records (scripts/bench/ten-year-booklet.ts; a build before schema
// version 4 needs 'old'). Build an older commit with `git archive <commit> | tar -x`
// and `npx vite build --outDir DIR` (ESCO_DIR=/path/to/esco outside the repository).
import { cpus, loadavg } from 'node:os'
import type { Page } from 'playwright-core'
import { type AppServer, startAppServer } from '../tests/support/app-server.ts'
import { launchBrowser } from '../tests/support/browser.ts'
import { median, printTable, round1 } from './bench/stats.ts'
import type { RecordForm } from './bench/ten-year-booklet.ts'
import { pageWithTenYears } from './bench/ten-year-page.ts'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const dirs = { a: arg('--a'), b: arg('--b') }
if (!dirs.a || !dirs.b) throw new Error('usage: --a DIST_DIR --b DIST_DIR [--opens N]')
const OPENS = Number(arg('--opens') ?? 9)
// How each build's booklet stores its records (ten-year-booklet.ts): an app before schema version 4
// reads only 'old'; later ones read every form.
const forms: Record<'a' | 'b', RecordForm> = {
  a: (arg('--form-a') ?? 'json') as RecordForm,
  b: (arg('--form-b') ?? 'json') as RecordForm,
}
for (const f of Object.values(forms))
  if (!['json', 'object', 'old'].includes(f)) throw new Error(`unknown record form ${f}`)

const browser = await launchBrowser()
const servers: AppServer[] = []
const loaded = { a: [] as number[], b: [] as number[] }
// Where the opening starts (code loaded: the app's `livret:open-start` mark), per build.
const started = { a: [] as number[], b: [] as number[] }
const loadAtStart = round1(loadavg()[0] ?? 0)
const docBytes = { a: 0, b: 0 }
try {
  const pages = {} as Record<'a' | 'b', { page: Page; origin: string }>
  for (const key of ['a', 'b'] as const) {
    const server = await startAppServer(dirs[key] as string)
    servers.push(server)
    const filled = await pageWithTenYears(browser, server.origin, forms[key])
    const page = filled.page
    docBytes[key] = filled.docBytes
    pages[key] = { page, origin: server.origin }
  }
  const openOnce = async (key: 'a' | 'b'): Promise<number> => {
    const { page, origin } = pages[key]
    await page.goto(`${origin}/`)
    await page.waitForFunction(
      () => performance.getEntriesByName('livret:booklet-loaded').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    )
    const [start, done] = await page.evaluate(() =>
      ['livret:open-start', 'livret:booklet-loaded'].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      ),
    )
    started[key].push(start ?? Number.NaN)
    return done ?? Number.NaN
  }
  // Warm-up: the first open after the injection may compact the store.
  await openOnce('a')
  await openOnce('b')
  for (let i = 0; i < OPENS; i++) {
    for (const key of i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const))
      loaded[key].push(await openOnce(key))
  }
} finally {
  await browser.close()
  for (const s of servers) await s.close()
}
const aMs = round1(median(loaded.a))
const bMs = round1(median(loaded.b))
const ratio = Math.round((bMs / aMs) * 100) / 100
printTable(
  ['build', 'records', 'docBytes', 'loadedMs median', 'open-start median', 'min', 'max', 'all'],
  (['a', 'b'] as const).map((k) => [
    `${k}: ${dirs[k]}`,
    forms[k],
    docBytes[k],
    k === 'a' ? aMs : bMs,
    round1(median(started[k].slice(1))),
    round1(Math.min(...loaded[k])),
    round1(Math.max(...loaded[k])),
    loaded[k].map(round1).join(' '),
  ]),
)
process.stdout.write(
  `machine load (1 min avg) at start ${loadAtStart}, at end ${round1(loadavg()[0] ?? 0)} on ${cpus().length} cores; b/a = ${ratio}\n`,
)
process.stdout.write(`${JSON.stringify({ aMs, bMs, ratio })}\n`)
