// The "Moi" screen: in the menu right after "Accueil"; the profile is filled in, errors show
// beside their fields, the values survive a reload, and the home greets the person by name.
// axe finds no WCAG 2.2 AA violation on the empty form nor on the form showing errors.
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { type RequestLog, trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { mainHeading, openApp, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

/** What Amina writes about herself. */
const AMINA = {
  name: 'Amina',
  city: 'Namur',
  languages: 'français, arabe',
  summary: "J'aime organiser et aider les gens.",
  email: 'amina@exemple.be',
  phone: '+32 470 12 34 56',
  birthDate: '1990-05-14',
} as const

const app = e2eApp()
let context: BrowserContext
let page: Page
let log: RequestLog

beforeAll(async () => {
  context = await app.newContext()
  log = trackRequests(context, app.server.origin)
  page = await context.newPage()
})

const form = () => page.locator('main form')
const field = (label: string) => form().getByLabel(label, { exact: label === 'Mon nom' })

describe('profile screen', () => {
  test('"Moi" comes right after "Accueil" in the menu and opens the profile', async () => {
    await openApp(page, app.server.origin, '/')
    await page.locator('summary', { hasText: 'Menu' }).click()
    const links = page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link')
    const names = (await links.allInnerTexts()).map((s) => s.trim())
    expect(names.slice(0, 2)).toEqual(['Accueil', 'Moi'])
    await links.nth(1).click()
    await waitForApp(page)
    expect(new URL(page.url()).pathname).toBe('/profil')
    await expect.poll(() => mainHeading(page)).toBe('Moi')
    await expect.poll(() => page.getByText('Bonjour,').count()).toBe(0)
  })

  test('axe: no violation on the empty form', async () => {
    await field('Mon nom').waitFor()
    expect(await visibleText(page.locator('main'))).toContain('ne sont jamais partagées')
    await expectNoAxeViolations(page, '/profil')
  })

  test('errors show beside their fields, and pass axe', async () => {
    await field('Mon adresse e-mail').fill('amina@')
    await form().getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBe(2)
    const name = field('Mon nom')
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    const nameError = await name.getAttribute('aria-describedby')
    expect(nameError).toContain('profile-displayName-error')
    expect(await page.locator('#profile-displayName-error').textContent()).toContain(
      'Écrivez quelque chose ici.',
    )
    expect(await page.locator('#profile-email-error').textContent()).toContain(
      'Cette adresse e-mail ne va pas.',
    )
    // As in the item forms, focus moves to the summary of the errors, read out at once.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Corrigez les champs signalés.')
    await expectNoAxeViolations(page, '/profil with errors')
  })

  test('a filled profile is kept after a reload', async () => {
    await field('Mon nom').fill(AMINA.name)
    await field('Ma commune').fill(AMINA.city)
    await field('Les langues que je parle').fill(AMINA.languages)
    await field('Permis de conduire').selectOption({ label: "J'ai le permis" })
    await field('Qui je suis, en quelques mots').fill(AMINA.summary)
    await field('Mon adresse e-mail').fill(AMINA.email)
    await field('Mon numéro de téléphone').fill(AMINA.phone)
    await field('Ma date de naissance').fill(AMINA.birthDate)
    await form().getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBe(0)
    await page.getByText('Enregistré sur cet appareil', { exact: false }).first().waitFor()

    await page.reload()
    await waitForApp(page)
    await expect.poll(() => field('Mon nom').inputValue()).toBe(AMINA.name)
    expect(await field('Ma commune').inputValue()).toBe(AMINA.city)
    expect(await field('Les langues que je parle').inputValue()).toBe(AMINA.languages)
    expect(await field('Permis de conduire').inputValue()).toBe('yes')
    expect(await field('Qui je suis, en quelques mots').inputValue()).toBe(AMINA.summary)
    expect(await field('Mon adresse e-mail').inputValue()).toBe(AMINA.email)
    expect(await field('Mon numéro de téléphone').inputValue()).toBe(AMINA.phone)
    expect(await field('Ma date de naissance').inputValue()).toBe(AMINA.birthDate)
  })

  test('the home greets the person by name, its heading unchanged', async () => {
    await page.locator('a.brand').click()
    await waitForApp(page)
    await expect.poll(() => mainHeading(page)).toBe('Accueil')
    await expect.poll(() => visibleText(page.locator('main'))).toContain('Bonjour, Amina')
  })

  test('no request left the origin', () => {
    expect(log.urls.length).toBeGreaterThan(0)
    log.assertSameOrigin()
  })
})
