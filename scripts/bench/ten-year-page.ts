// A phone-sized page of the app whose stored booklet holds ten years (see ten-year-booklet.ts):
// the app opens once and stores its own booklet, then the ten years are appended to that store
// as one Yjs update, so the next load of the app reads them as a person's own.
import type { Browser, Page } from 'playwright-core'
import * as Y from 'yjs'
import { openApp, waitForServiceWorkerControl } from '../../tests/e2e/helpers/app.ts'
import { appendStoredUpdate, readStoredBooklet } from './page-idb.ts'
import { fillTenYearsAs, type RecordForm } from './ten-year-booklet.ts'

/** Opens the app at `origin` in a new 412×915 context, and fills its stored booklet with ten years
 * with records in `form` (an app before schema version 4 reads only 'old'); `docBytes` is the size
 * of the whole booklet. */
export async function pageWithTenYears(
  browser: Browser,
  origin: string,
  form: RecordForm = 'json',
): Promise<{ page: Page; docBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } })
  // tsx (esbuild keepNames) wraps named inner functions in __name(); functions sent to the
  // page with page.evaluate carry that call, so give the page a no-op __name.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f)' })
  const page = await context.newPage()
  await openApp(page, origin, '/')
  await waitForServiceWorkerControl(page)
  await page.goto(`${origin}/healthz`)
  const stored = await readStoredBooklet(page)
  const doc = new Y.Doc()
  for (const u of stored.updates) Y.applyUpdate(doc, Buffer.from(u, 'base64'))
  const before = Y.encodeStateVector(doc)
  fillTenYearsAs(doc, form)
  await appendStoredUpdate(
    page,
    stored.id,
    Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64'),
  )
  return { page, docBytes: Y.encodeStateAsUpdate(doc).length }
}
