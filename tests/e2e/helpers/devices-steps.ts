// Steps of the devices (pairing) end-to-end tests, written the way a person does them (French labels).
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { explain, waitForApp } from './app.ts'
import { card, openAddForm, saveForm } from './booklet-steps.ts'

/** Goes to `path` inside the running app (history push, as an in-app link does: no reload, the
 * private sync keeps running) and waits for the screen's heading. */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  await page.waitForFunction((to) => location.pathname === to, path)
  await waitForApp(page)
}

/** Adds an experience with just a title, on the experiences screen. */
export async function addExperience(page: Page, title: string): Promise<void> {
  await goTo(page, '/experiences')
  await openAddForm(page, 'Ajouter une expérience')
  await page.getByLabel("Ce que j'ai fait").fill(title)
  await saveForm(page)
  await card(page, title).waitFor()
}

/** Waits until the experiences screen shows every title (the screen follows the booklet live). */
export async function expectExperiences(page: Page, titles: readonly string[]): Promise<void> {
  await goTo(page, '/experiences')
  await explain(page, async () => {
    for (const title of titles) await card(page, title).waitFor({ timeout: 15_000 })
  })
}

/** The private room's state as the devices screen shows it ('synced', 'offline', 'removed'…). */
export const syncState = (page: Page) => page.locator('[data-sync]').first().getAttribute('data-sync')

/** Waits until the status line of the current screen says `state`. */
export const expectSyncState = (page: Page, state: string) =>
  expect.poll(() => syncState(page), { timeout: 15_000 }).toBe(state)

/** On the holder's device: shows a new pairing code and returns its link. */
export async function showPairingLink(page: Page): Promise<string> {
  await goTo(page, '/appareils')
  await page.getByRole('button', { name: 'Relier un autre appareil' }).click()
  await page.getByRole('img', { name: 'Code QR pour relier un autre appareil' }).waitFor()
  return page.locator('#pair-link').inputValue()
}

/** On the joining device: opens the link, names the device and joins (`merge`: it had a booklet). */
export async function joinWithLink(page: Page, link: string, name: string, merge = false): Promise<void> {
  await page.goto(link)
  await waitForApp(page)
  await page.getByLabel('Nom de cet appareil').fill(name)
  const button = merge ? 'Réunir les livrets et relier' : 'Relier cet appareil'
  await page.getByRole('button', { name: button }).click()
  await explain(page, () =>
    page.getByText("C'est fait : cet appareil est relié.").waitFor({ timeout: 20_000 }),
  )
}

/** On the holder's device: removes a paired device by name and waits for the confirmation. */
export async function removeDevice(page: Page, name: string): Promise<void> {
  await goTo(page, '/appareils')
  await page.getByRole('button', { name: `Retirer « ${name} »` }).click()
  await page.getByRole('button', { name: 'Oui, retirer' }).click()
  await explain(page, () =>
    page.getByText(`« ${name} » est retiré.`, { exact: false }).first().waitFor({ timeout: 20_000 }),
  )
}
