// temporary probe (deleted after use)
import { createBookletDoc, putItem, putProfile } from '../src/booklet/index.ts'
import { sampleCompetence } from '../src/domain/index.ts'
import { startAppServer } from '../tests/support/app-server.ts'
import { launchBrowser } from '../tests/support/browser.ts'
import { chooseMode, openApp, waitForServiceWorkerControl } from '../tests/e2e/helpers/app.ts'
import { shareOnRelay } from '../tests/e2e/operator-support.ts'
const server = await startAppServer('.bench/dist')
const browser = await launchBrowser()
const booklet = createBookletDoc()
const now = new Date().toISOString()
putProfile(booklet, { displayName: 'Amina', languages: [], createdAt: now, updatedAt: now })
booklet.transact(() => { for (let i = 0; i < 2000; i++) putItem(booklet, 'competences', sampleCompetence({ label: `Compétence ${i}` })) })
const share = await shareOnRelay(booklet, server.origin, { recipient: 'CPAS', mode: 'live', sections: { competences: { all: true } } })
const context = await browser.newContext()
await context.addInitScript(() => {
  const w = window as any
  w.__long = []
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: true })
})
const page = await context.newPage()
page.on('console', (m) => console.log('console', m.text()))
await openApp(page, server.origin)
await waitForServiceWorkerControl(page)
await chooseMode(page, 'operator')
for (let i = 0; i < 2; i++) {
  await page.goto(`${server.origin}/recus`)
  await page.goto(share.link)
  await page.waitForURL(/recus\//)
  await page.locator('.op-list li').first().waitFor()
  console.log(JSON.stringify(await page.evaluate(() => ({ long: (window as any).__long, marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]) }))))
}
share.stop()
await browser.close()
await server.close()
