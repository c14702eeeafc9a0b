// Screenshots for a person to look at, taken only when LIVRET_SHOTS names a folder: a test run
// writes nothing outside its own temporary files otherwise. The one place e2e tests take them.
import type { Page } from 'playwright-core'

/** How a shot is taken: the whole page (default) or the viewport; as printed ('print') or on screen. */
export type ShotOptions = { fullPage?: boolean; media?: 'print' }

/** With LIVRET_SHOTS=<dir>, keeps a screenshot of the page as <dir>/<name>.png (full page unless said;
 * a print shot emulates print media for the shot only). */
export async function shot(page: Page, name: string, options: boolean | ShotOptions = true): Promise<void> {
  const dir = process.env.LIVRET_SHOTS
  if (!dir) return
  const { fullPage = true, media } = typeof options === 'boolean' ? { fullPage: options } : options
  if (media) await page.emulateMedia({ media })
  try {
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage })
  } finally {
    if (media) await page.emulateMedia({ media: 'screen' })
  }
}
