// axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds no violation on any screen of the app: the
// home, every section list, every add form, the glossary, settings, backup and print; with
// some data in the booklet so that lists and their items are checked too. No request leaves
// the origin while all of this is visited.
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { type RequestLog, trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { mainHeading, openApp, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import {
  addPickedSavoirEtre,
  addVolunteering,
  openAddForm,
  PICKED_SAVOIR_ETRE,
  saveForm,
} from './helpers/booklet-steps.ts'

/** Every list screen and the name of its add control (undefined: no add form). */
const SECTION_SCREENS: { path: string; heading: string; add?: string }[] = [
  { path: '/experiences', heading: 'Mes expériences', add: 'Ajouter une expérience' },
  { path: '/competences', heading: 'Mes compétences', add: 'Ajouter une compétence' },
  { path: '/projets', heading: 'Mes projets', add: 'Ajouter un projet' },
  { path: '/plan', heading: "Mon plan d'action", add: 'Ajouter un objectif' },
  { path: '/situation', heading: 'Ma situation' },
  { path: '/parcours', heading: 'Mon parcours', add: 'Ajouter une étape du parcours' },
  { path: '/contacts', heading: 'Mes contacts', add: 'Ajouter un contact' },
  { path: '/journal', heading: 'Mon journal', add: 'Écrire dans le journal' },
]

/** The other screens. */
const OTHER_SCREENS: { path: string; heading: string }[] = [
  { path: '/', heading: 'Accueil' },
  { path: '/glossaire', heading: 'Mots et sigles' },
  { path: '/reglages', heading: 'Réglages' },
  { path: '/sauvegarde', heading: 'Sauvegarde' },
  { path: '/imprimer', heading: 'Imprimer' },
]

const app = e2eApp()
let context: BrowserContext
let page: Page
let log: RequestLog

beforeAll(async () => {
  context = await app.newContext()
  log = trackRequests(context, app.server.origin)
  page = await context.newPage()
  await openApp(page, app.server.origin, '/experiences')
  await addVolunteering(page)
  await openApp(page, app.server.origin, '/competences')
  await addPickedSavoirEtre(page)
})

async function visit(path: string, heading: string): Promise<void> {
  await openApp(page, app.server.origin, path)
  await expect.poll(() => mainHeading(page)).toBe(heading)
}

describe('axe finds no WCAG 2.2 AA violation', () => {
  for (const screen of [...OTHER_SCREENS, ...SECTION_SCREENS]) {
    test(`on ${screen.path}`, async () => {
      await visit(screen.path, screen.heading)
      await expectNoAxeViolations(page, screen.path)
    })
  }

  for (const screen of SECTION_SCREENS.filter((s) => s.add !== undefined)) {
    test(`on the add form of ${screen.path}`, async () => {
      await visit(screen.path, screen.heading)
      const name = screen.add ?? ''
      await page.getByRole('link', { name }).or(page.getByRole('button', { name })).first().click()
      await waitForApp(page)
      await page.getByRole('button', { name: 'Enregistrer' }).waitFor()
      await expectNoAxeViolations(page, `${screen.path} add form`)
      // Saving an empty form shows the errors beside the fields: those must pass axe too.
      await page.getByRole('button', { name: 'Enregistrer' }).click()
      await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0)
      await expectNoAxeViolations(page, `${screen.path} add form with errors`)
    })
  }

  test('on the step form of an objective of the plan', async () => {
    await visit('/plan', "Mon plan d'action")
    await openAddForm(page, 'Ajouter un objectif')
    await page.locator('main form').getByLabel('Objectif', { exact: true }).fill('Passer le permis B')
    await saveForm(page)
    await page.getByRole('button', { name: 'Ajouter une étape : Passer le permis B' }).click()
    await page.locator('main form').waitFor()
    await expectNoAxeViolations(page, '/plan step form')
  })

  test('on the edit form of a competence', async () => {
    await visit('/competences', 'Mes compétences')
    await page.getByRole('link', { name: `Modifier : ${PICKED_SAVOIR_ETRE}` }).click()
    await page.locator('main form').waitFor()
    await expectNoAxeViolations(page, '/competences/<id>')
  })

  test('on the backup screen showing a refused file', async () => {
    await visit('/sauvegarde', 'Sauvegarde')
    await page.getByLabel('Fichier de sauvegarde', { exact: true }).setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('not a backup'),
    })
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await page.getByText("Ce fichier n'est pas une sauvegarde de Livret.", { exact: false }).waitFor()
    await expectNoAxeViolations(page, '/sauvegarde with an error')
  })

  test('and no request left the origin on any of these screens', () => {
    expect(log.urls.length).toBeGreaterThan(0)
    log.assertSameOrigin()
  })
})
