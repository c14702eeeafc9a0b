// Screenshots for a person to look at, taken only when LIVRET_SHOTS names a folder: a test run
// writes nothing outside its own temporary files otherwise.
import type { Page } from 'playwright-core'

/** With LIVRET_SHOTS=<dir>, keeps a screenshot of the page as <dir>/<name>.png (full page unless said). */
export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  const dir = process.env.LIVRET_SHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage })
}
