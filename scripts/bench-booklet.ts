// `npm run bench:booklet`: a ten-year booklet in real Chromium, against the built app served
// by the relay. Prints a table and, as its last line, {"openMs":…, "addMs":…, "docBytes":…}.
//
// How the big booklet gets into the page (nothing is added to the app for the benchmark):
// the app is opened once so that it creates its own booklet; the page then leaves the app
// (it goes to /healthz on the same origin) and reads the booklet's stored Yjs updates from
// IndexedDB. Node applies them to a Y.Doc, adds ten years of items through src/booklet's own
// putItem (scripts/bench/ten-year-booklet.ts), and the page appends the difference as one
// more update in the booklet's y-indexeddb store — exactly what y-indexeddb loads at start.
//
// openMs: from navigation start to the first animation frame after the home shows the
//   competence count (performance.now() in the page; the app's `livret:first-data` mark is
//   shown too when the app sets one). Median of 7 reloads, the service worker in control.
//   The app paints its remembered overview before the whole document is loaded; the time to
//   the whole document (the app's `livret:booklet-loaded` mark) is printed beside it.
// addMs: from the click on the save button of the competence form to the first animation
//   frame after the new competence is in the list (MutationObserver in the page). Median of 11.
// docBytes: Y.encodeStateAsUpdate of the whole booklet.
// loadedMs: from navigation start to the app's `livret:booklet-loaded` mark (the whole ten-year
//   document read from IndexedDB and usable), median of the same 7 reloads. Target ≤ 250 ms.
// throttledSwitchMs / throttledColdMs: at 4× CPU throttling, a screen change (median of the
//   tours after the first, which loads each screen's code) and the home on a cold start (a new
//   tab; median of 5). Targets ≤ 500 ms and ≤ 1,500 ms. See scripts/bench/throttled.ts.
// Options: --reuse-dist (skip the build when .bench/dist exists), --dist DIR (serve that build),
// --open-only (only the opens: no throttled figures, no adds; those print as 0), --profile (CPU profile of
// one open and one add, top self-time functions), --no-minify (readable names in profiles).
import { cpus, loadavg } from 'node:os'
import * as Y from 'yjs'
import { countItems } from '../src/booklet/index.ts'
import { openApp, waitForApp, waitForServiceWorkerControl } from '../tests/e2e/helpers/app.ts'
import { startAppServer } from '../tests/support/app-server.ts'
import { launchBrowser } from '../tests/support/browser.ts'
import { buildForBench } from './bench/build.ts'
import { type HotFunction, profileAction } from './bench/cpu-profile.ts'
import { appendStoredUpdate, readStoredBooklet } from './bench/page-idb.ts'
import { countPattern, type OpenTiming, openHome, watchAdd, watchFirstData } from './bench/page-timing.ts'
import { median, printTable, round1 } from './bench/stats.ts'
import { fillTenYears, TEN_YEARS } from './bench/ten-year-booklet.ts'
import { measureColdStarts, measureSwitches, medianOr, spread } from './bench/throttled.ts'
import { addCompetence, openAddCompetence } from './bench/ui-steps.ts'

const OPENS = 7
const ADDS = 11
const SWITCH_ROUNDS = 3
const COLDS = 5
const profiling = process.argv.includes('--profile')
const openOnly = process.argv.includes('--open-only')
const loadAtStart = round1(loadavg()[0] ?? 0)

const distDir = buildForBench()
const server = await startAppServer(distDir)
const browser = await launchBrowser()
const rows: (string | number)[][] = []
const hot: { what: string; list: HotFunction[] }[] = []
let figures:
  | {
      openMs: number
      addMs: number
      docBytes: number
      loadedMs: number
      throttledSwitchMs: number
      throttledColdMs: number
    }
  | undefined
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 })
  // tsx (esbuild keepNames) wraps named inner functions in __name(); functions sent to the
  // page with page.evaluate carry that call, so give the page a no-op __name.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f)' })
  const page = await context.newPage()
  await openApp(page, server.origin, '/')
  await waitForServiceWorkerControl(page)
  await page.goto(`${server.origin}/healthz`)

  // Build the ten-year booklet on top of what the app stored, and append it to its store.
  const genStart = performance.now()
  const stored = await readStoredBooklet(page)
  const doc = new Y.Doc()
  for (const u of stored.updates) Y.applyUpdate(doc, Buffer.from(u, 'base64'))
  const before = Y.encodeStateVector(doc)
  fillTenYears(doc)
  const diff = Y.encodeStateAsUpdate(doc, before)
  await appendStoredUpdate(page, stored.id, Buffer.from(diff).toString('base64'))
  const docBytes = Y.encodeStateAsUpdate(doc).length
  const genMs = performance.now() - genStart
  const counts = {
    experiences: countItems(doc, 'experiences'),
    competences: countItems(doc, 'competences'),
    objectives: countItems(doc, 'objectives'),
    steps: countItems(doc, 'steps'),
    journal: countItems(doc, 'journal'),
  }
  for (const [section, n] of Object.entries(counts)) {
    const wanted = TEN_YEARS[section as keyof typeof TEN_YEARS]
    if (n < wanted) throw new Error(`the generated booklet has ${n} ${section}, expected ${wanted}`)
  }

  // Open: reload the home and time the first frame showing the competence count.
  // On the context, so that the cold-start tabs opened later carry it too.
  await context.addInitScript(watchFirstData, countPattern(counts.competences, 'compétences'))
  const opens: OpenTiming[] = []
  const openOnce = async () => {
    // Then the whole document loads before the next navigation; its time is shown beside openMs.
    await openHome(page, server.origin, { frameTimeout: 60_000, loadedTimeout: 30_000 })
    return page.evaluate(() => {
      const s = (window as unknown as { __benchOpen: { dataAt: number; frameAt: number } }).__benchOpen
      const mark = performance.getEntriesByName('livret:first-data')[0]?.startTime
      const loaded = performance.getEntriesByName('livret:booklet-loaded')[0]?.startTime
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN
      return {
        ...s,
        openStart: at('livret:open-start'),
        registryRead: at('livret:registry-read'),
        ...(mark === undefined ? {} : { mark }),
        ...(loaded === undefined ? {} : { loaded }),
      }
    })
  }
  await openOnce() // warm-up: the first open after the injection also compacts y-indexeddb's store
  for (let i = 0; i < OPENS; i++) opens.push(await openOnce())
  const cdp = profiling ? await context.newCDPSession(page) : undefined
  if (cdp) hot.push({ what: 'open', list: await profileAction(cdp, async () => void (await openOnce())) })

  // Old phone: screen changes and cold starts with the CPU slowed 4× (before the adds, which
  // change the competence count the cold start waits for).
  await page.goto(`${server.origin}/`)
  await waitForApp(page)
  await page.waitForFunction(() => performance.getEntriesByName('livret:booklet-loaded').length > 0)
  const switchCdp = await context.newCDPSession(page)
  const switches = openOnly
    ? { first: [], later: [], byPath: new Map<string, number[]>() }
    : await measureSwitches(page, switchCdp, SWITCH_ROUNDS)
  const colds = openOnly ? { frame: [], loaded: [] } : await measureColdStarts(context, server.origin, COLDS)

  // Add: one competence through the form, timed in the page from the click to the list.
  const adds: { clickToShown: number; clickToFrame: number }[] = []
  for (let i = 0; i < (openOnly ? 0 : ADDS + 1); i++) {
    const label = `Bench ${i} ${Date.now().toString(36)}`
    await openAddCompetence(page, server.origin)
    await page.evaluate(watchAdd, label)
    await addCompetence(page, label)
    await page.waitForFunction(
      () => (window as { __benchAdd?: { frameAt?: number } }).__benchAdd?.frameAt !== undefined,
      undefined,
      { timeout: 30_000 },
    )
    const s = await page.evaluate(
      () =>
        (window as unknown as { __benchAdd: { clickAt: number; shownAt: number; frameAt: number } })
          .__benchAdd,
    )
    if (i > 0) adds.push({ clickToShown: s.shownAt - s.clickAt, clickToFrame: s.frameAt - s.clickAt })
  }

  if (cdp) {
    await openAddCompetence(page, server.origin)
    const label = `Bench profile ${Date.now().toString(36)}`
    await page.evaluate(watchAdd, label)
    hot.push({
      what: 'add',
      list: await profileAction(cdp, async () => {
        await addCompetence(page, label)
        await page.waitForFunction(
          () => (window as { __benchAdd?: { frameAt?: number } }).__benchAdd?.frameAt !== undefined,
        )
      }),
    })
  }

  const openMs = round1(median(opens.map((o) => o.frameAt)))
  const addMs = round1(medianOr(adds.map((a) => a.clickToFrame)))
  const marks = opens.flatMap((o) => (o.mark === undefined ? [] : [o.mark]))
  const loads = opens.flatMap((o) => (o.loaded === undefined ? [] : [o.loaded]))
  const loadedMs = round1(medianOr(loads))
  const throttledSwitchMs = round1(medianOr(switches.later))
  const throttledColdMs = round1(medianOr(colds.frame))
  figures = { openMs, addMs, docBytes, loadedMs, throttledSwitchMs, throttledColdMs }
  rows.push(
    [
      'booklet',
      `${counts.experiences} experiences, ${counts.competences} competences, ${counts.objectives} objectives, ${counts.steps} steps, ${counts.journal} journal entries`,
      '',
      '',
    ],
    ['generate + inject', round1(genMs), 'ms', ''],
    [
      'machine load (1 min avg) at start',
      loadAtStart,
      `on ${cpus().length} cores`,
      'other work inflates every figure',
    ],
    ['docBytes', docBytes, 'bytes', ''],
    [
      'open: data in DOM',
      round1(median(opens.map((o) => o.dataAt))),
      'ms (median of 7)',
      `min ${round1(Math.min(...opens.map((o) => o.dataAt)))} max ${round1(Math.max(...opens.map((o) => o.dataAt)))}`,
    ],
    [
      'open: next frame = openMs',
      openMs,
      'ms (median of 7)',
      openMs <= 300 ? 'target ≤ 300: met' : 'target ≤ 300: MISSED',
    ],
    ...(marks.length ? [['open: app mark livret:first-data', round1(median(marks)), 'ms (median)', '']] : []),
    ...(loads.length
      ? [
          [
            'open: whole document loaded = loadedMs',
            loadedMs,
            'ms (median)',
            `app mark livret:booklet-loaded; ${loadedMs <= 250 ? 'target ≤ 250: met' : 'target ≤ 250: MISSED'}`,
          ],
        ]
      : []),
    [
      '  loaded: start of the opening (code loaded, first paint)',
      round1(medianOr(opens.map((o) => o.openStart))),
      'ms (median)',
      'app mark livret:open-start',
    ],
    [
      '  loaded: registry read',
      round1(medianOr(opens.map((o) => o.registryRead))),
      'ms (median)',
      'app mark livret:registry-read; then y-indexeddb reads and applies the document',
    ],
    [
      '4× CPU: screen change, first visit',
      round1(medianOr(switches.first)),
      `ms (median of ${switches.first.length})`,
      `${spread(switches.first)}; loads the screen's code`,
    ],
    [
      '4× CPU: screen change = throttledSwitchMs',
      throttledSwitchMs,
      `ms (median of ${switches.later.length})`,
      `${spread(switches.later)}; ${throttledSwitchMs <= 500 ? 'target ≤ 500: met' : 'target ≤ 500: MISSED'}`,
    ],
    ...[...switches.byPath].map(([path, xs]) => [
      `  4× CPU: change to ${path}`,
      round1(medianOr(xs)),
      `ms (median of ${xs.length})`,
      spread(xs),
    ]),
    [
      '4× CPU: cold start, home data = throttledColdMs',
      throttledColdMs,
      `ms (median of ${colds.frame.length})`,
      `${spread(colds.frame)}; ${throttledColdMs <= 1500 ? 'target ≤ 1500: met' : 'target ≤ 1500: MISSED'}`,
    ],
    [
      '4× CPU: cold start, whole document loaded',
      round1(medianOr(colds.loaded)),
      `ms (median of ${colds.loaded.length})`,
      spread(colds.loaded),
    ],
    [
      'add: in the list',
      round1(medianOr(adds.map((a) => a.clickToShown))),
      `ms (median of ${ADDS})`,
      `min ${round1(Math.min(...adds.map((a) => a.clickToShown)))} max ${round1(Math.max(...adds.map((a) => a.clickToShown)))}`,
    ],
    [
      'add: next frame = addMs',
      addMs,
      `ms (median of ${ADDS})`,
      addMs <= 50 ? 'target ≤ 50: met' : 'target ≤ 50: MISSED',
    ],
  )
} finally {
  await browser.close()
  await server.close()
}

printTable(['measure', 'value', 'unit', 'note'], rows)
for (const { what, list } of hot) {
  process.stdout.write(`\nCPU profile of one ${what}: functions with the most self time\n`)
  printTable(
    ['self ms', 'function', 'where'],
    list.map((h) => [round1(h.selfMs), h.name, h.where]),
  )
  for (const h of list.filter((x) => x.stack.length > 0).slice(0, 8)) {
    process.stdout.write(`  ${h.name} ← ${h.stack.join(' ← ')}\n`)
  }
}
process.stdout.write(`${JSON.stringify(figures)}\n`)
