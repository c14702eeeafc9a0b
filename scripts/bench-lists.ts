// `npx tsx scripts/bench-lists.ts`: how long opening each long list takes in a ten-year booklet
// (real Chromium, built app). For each list (journal, competences, experiences): reload the home,
// wait until the whole booklet is loaded, then click the menu link and time, in the page, from
// the click to the first animation frame after the list's count heading (#list-title) is shown.
// That open is the first read of the section on that page load (no cached list). Median of 5.
// Prints a table and, as its last line, JSON {"journalMs":…, "competencesMs":…, "experiencesMs":…}.
// Builds into .bench/dist-lists (--reuse-dist to skip the build).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { startAppServer } from '../tests/support/app-server.ts'
import { launchBrowser } from '../tests/support/browser.ts'
import { median, printTable, round1 } from './bench/stats.ts'
import { pageWithTenYears } from './bench/ten-year-page.ts'

const RUNS = 5
const LISTS = ['journal', 'competences', 'experiences'] as const
const dist = resolve('.bench/dist-lists')
if (!(process.argv.includes('--reuse-dist') && existsSync(resolve(dist, 'index.html'))))
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  })

const server = await startAppServer(dist)
const browser = await launchBrowser()
const figures: Record<string, number> = {}
const rows: (string | number)[][] = []
try {
  const { page } = await pageWithTenYears(browser, server.origin)

  const openHome = async () => {
    await page.goto(`${server.origin}/`)
    await page.waitForFunction(
      () => performance.getEntriesByName('livret:booklet-loaded').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    )
  }
  const openList = (route: string) =>
    page.evaluate(
      (route) =>
        new Promise<{ shown: number; frame: number; heading: string }>((done) => {
          const link = document.querySelector<HTMLAnchorElement>(`nav a[href="/${route}"]`)
          if (!link) throw new Error(`no menu link to /${route}`)
          const start = performance.now()
          const check = () => {
            const h = document.getElementById('list-title')
            if (!h || location.pathname !== `/${route}`) return false
            const shown = performance.now() - start
            obs.disconnect()
            requestAnimationFrame(() =>
              setTimeout(
                () => done({ shown, frame: performance.now() - start, heading: h.textContent ?? '' }),
                0,
              ),
            )
            return true
          }
          const obs = new MutationObserver(() => void check())
          obs.observe(document.body, { childList: true, subtree: true })
          link.click()
          check()
        }),
      route,
    )
  await openHome() // warm-up: compacts the store and caches the screens' chunks
  for (const route of LISTS) await openList(route)
  for (const route of LISTS) {
    const runs: { shown: number; frame: number; heading: string }[] = []
    for (let i = 0; i < RUNS; i++) {
      await openHome()
      runs.push(await openList(route))
    }
    const ms = round1(median(runs.map((r) => r.frame)))
    figures[`${route}Ms`] = ms
    rows.push([
      `open /${route}`,
      ms,
      `ms (median of ${RUNS}, click → frame)`,
      `DOM ${round1(median(runs.map((r) => r.shown)))} ms; min ${round1(Math.min(...runs.map((r) => r.frame)))} max ${round1(Math.max(...runs.map((r) => r.frame)))}; “${runs[0]?.heading}”`,
    ])
  }
} finally {
  await browser.close()
  await server.close()
}
printTable(['measure', 'value', 'unit', 'note'], rows)
console.log(JSON.stringify(figures))
