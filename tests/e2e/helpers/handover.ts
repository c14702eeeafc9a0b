// What every short handover shows (proposal links, endorsements): a QR code of version 5 at most
// holding the short link `<origin>/h#<id>.<key>`, and the same handover as 15 digits to type.
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { readQrCodes } from '../share-steps.ts'
import { explain, visibleText } from './app.ts'

/** Checks the short handover behind `qr` on `page`; resolves to its short link and typed code. */
export async function expectShortHandover(
  page: Page,
  origin: string,
  qr: Locator,
): Promise<{ shortLink: string; typed: string }> {
  await explain(page, () => qr.waitFor({ timeout: 20_000 }))
  const shortLink = (await page.locator('[data-short-link]').getAttribute('data-short-link')) ?? ''
  expect(shortLink).toMatch(new RegExp(`^${origin}/h#[A-Za-z0-9_-]{12}\\.[A-Za-z0-9_-]{22}$`))
  // A version ≤ 5 code: at most 37 modules a side (the viewBox adds a quiet zone of 4 on each side).
  const side = Number((await qr.getAttribute('viewBox'))?.split(' ')[2])
  expect(side - 8).toBeLessThanOrEqual(37)
  expect(await readQrCodes(await qr.screenshot())).toEqual([shortLink])
  const typed = (await visibleText(page.locator('.typed-code span[aria-hidden="true"]'))).trim()
  expect(typed).toMatch(/^\d{5} \d{5} \d{5}$/)
  return { shortLink, typed }
}
