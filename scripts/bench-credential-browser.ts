// `npm run bench:credential-browser [-- --baseline <git ref>] [-- --profile]`: the professional's side in
// real Chromium — 200 validations of a shared booklet (4 trainers endorsed by one organisation, each
// credential with its endorsement and status) verified with the modules bundled by Vite as the app
// bundles them (its verification worker included). Each opening is a fresh page (scripts/bench/
// credential-page.ts). With --baseline, the same booklet is also verified by an older commit's code,
// openings alternating old / new so both see the same machine load, and the ratio is printed.
// --profile: a CPU profile of one opening in this thread's road (the page's hot functions).
// Called by `npm run bench:credential` (runBrowserBench); alone it prints a table, then a JSON line.
import { pathToFileURL } from 'node:url'
import { launchBrowser } from '../tests/support/browser.ts'
import { type BenchBooklet, signBooklet } from './bench/credential-booklet.ts'
import { bundleTree, type Opening, openInChromium } from './bench/credential-page.ts'
import { baselineArg, currentTree, type Tree, treeAt } from './bench/credential-trees.ts'
import { median, printTable, round1 } from './bench/stats.ts'

/** Medians of the openings of one tree. */
export type BrowserFigures = {
  tree: string
  firstMs: number
  firstCardMs: number
  longTasks: number
  longestTaskMs: number
  warmShapesMs: number
  againMs: number
  road: string
  webcrypto: boolean
}

const figures = (tree: Tree, openings: Opening[]): BrowserFigures => {
  const m = (f: (o: Opening) => number) => median(openings.map(f))
  return {
    tree: tree.name,
    firstMs: Math.round(m((o) => o.ms)),
    firstCardMs: round1(m((o) => o.firstCard)),
    longTasks: m((o) => o.longTasks),
    longestTaskMs: round1(m((o) => o.longestTask)),
    warmShapesMs: Math.round(m((o) => o.warmMs)),
    againMs: round1(m((o) => o.againMs)),
    road: openings[0]?.road ?? '?',
    webcrypto: openings.every((o) => o.webcrypto),
  }
}

/** Opens the booklet `openings` times in Chromium with this tree (and the baseline's, alternating). */
export const runBrowserBench = async (
  booklet: BenchBooklet,
  options: { baseline?: string | undefined; openings?: number; profile?: boolean } = {},
): Promise<BrowserFigures[]> => {
  const trees = [...(options.baseline ? [treeAt(options.baseline)] : []), currentTree()]
  const bundles = await Promise.all(trees.map((t, i) => bundleTree(t, `browser-${i}`, !options.profile)))
  const openings: Opening[][] = trees.map(() => [])
  const browser = await launchBrowser()
  try {
    for (let run = 0; run < (options.openings ?? (options.profile ? 1 : 5)); run++)
      for (const [i, files] of bundles.entries()) {
        const { opening } = await openInChromium(browser, files, booklet)
        openings[i]?.push(opening)
      }
    if (options.profile) await printProfile(browser, bundles, trees, booklet)
  } finally {
    await browser.close()
  }
  return trees.map((t, i) => figures(t, openings[i] ?? []))
}

// The worker's work is not in the page's profile: profile the trees on this thread's road instead
// (Worker hidden), where the same functions run.
const printProfile = async (
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  bundles: Awaited<ReturnType<typeof bundleTree>>[],
  trees: Tree[],
  booklet: BenchBooklet,
) => {
  for (const [i, files] of bundles.entries()) {
    const noWorker = new Map(files)
    const entry = noWorker.get('/bench.js') ?? ''
    noWorker.set('/bench.js', `globalThis.Worker = undefined;\n${entry}`)
    const { opening, hot } = await openInChromium(browser, noWorker, booklet, true)
    process.stdout.write(
      `\nCPU profile, ${trees[i]?.name}, in the page's thread: ${Math.round(opening.ms)} ms\n`,
    )
    printTable(
      ['self ms', 'function', 'called from'],
      hot.map((h) => [
        round1(h.selfMs),
        `${h.name} ${h.where.replace(/^.*\//, '')}`,
        h.stack.slice(0, 2).join(' < '),
      ]),
    )
  }
}

/** Prints the browser figures as a table (old and new side by side with their ratio). */
export const printBrowserTable = (rows: BrowserFigures[]) => {
  const [a, b] = rows
  const ratio = (f: (r: BrowserFigures) => number) =>
    a && b && rows.length === 2 && f(b) > 0 ? `${round1(f(a) / f(b))}×` : ''
  const line = (label: string, f: (r: BrowserFigures) => number) => [label, ...rows.map(f), ratio(f)]
  printTable(
    [
      'Chromium, fresh page each opening (medians)',
      ...rows.map((r) => r.tree),
      rows.length === 2 ? 'old/new' : '',
    ],
    [
      line('200 validations, first opening (ms)', (r) => r.firstMs),
      line('  first card known after (ms)', (r) => r.firstCardMs),
      line('  long tasks (≥ 50 ms) during it', (r) => r.longTasks),
      line('  longest task during it (ms, 0 = none ≥ 50 ms)', (r) => r.longestTaskMs),
      line('another booklet of 200, shapes known (ms)', (r) => r.warmShapesMs),
      line('200 validations, opened again (ms)', (r) => r.againMs),
      ['verified in', ...rows.map((r) => r.road), ''],
      ['Ed25519 in WebCrypto', ...rows.map((r) => (r.webcrypto ? 'yes' : 'no')), ''],
    ],
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const booklet = await signBooklet(200)
  const { loadavg } = await import('node:os')
  const loadBefore = loadavg()
  const rows = await runBrowserBench(booklet, {
    baseline: baselineArg(),
    profile: process.argv.includes('--profile'),
  })
  printBrowserTable(rows)
  const mine = rows.at(-1) as BrowserFigures
  const old = rows.length === 2 ? rows[0] : undefined
  console.log(
    JSON.stringify({
      verify200BrowserMs: mine.firstMs,
      verify200BrowserFirstCardMs: mine.firstCardMs,
      verify200BrowserLongestTaskMs: mine.longestTaskMs,
      verify200BrowserWarmShapesMs: mine.warmShapesMs,
      verify200BrowserAgainMs: mine.againMs,
      ...(old ? { baseline: old.tree, verify200BrowserOldMs: old.firstMs } : {}),
      road: mine.road,
      loadAverageBefore: loadBefore.map(round1),
      loadAverageAfter: loadavg().map(round1),
    }),
  )
}
