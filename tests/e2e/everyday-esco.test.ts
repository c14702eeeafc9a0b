// Issue 13, point 4 on a 360 px phone in real Chromium: the person types "accueil client" in the
// competence form's ESCO picker (the index loads only then), picks a skill, and the professional
// who opens the share sees the ESCO label beside the person's own words. axe on the open picker.
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, openApp, visibleText } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { card, openAddForm, saveForm } from './helpers/booklet-steps.ts'
import { mainText, openShareLinkInPage } from './operator-support.ts'
import { createShareThroughUi } from './share-steps.ts'

const app = e2eApp()
let holder: Page
const MINE = 'Accueillir les gens au magasin'
const RECIPIENT = 'Forem Namur'
let picked = ''

beforeAll(async () => {
  holder = await app.newPage({ viewport: { width: 360, height: 740 } })
})

test('"accueil client" finds ESCO skills; the picked one is kept beside the person\'s words', async () => {
  const escoRequests: string[] = []
  holder.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/esco/')) escoRequests.push(r.url())
  })
  await openApp(holder, app.server.origin, '/competences')
  await openAddForm(holder, 'Ajouter une compétence')
  await holder.getByLabel('La compétence, avec mes mots').fill(MINE)
  // Nothing of the index is loaded before the person opens the picker.
  expect(escoRequests).toEqual([])
  await explain(holder, async () => {
    await holder.getByRole('button', { name: 'Chercher dans ESCO' }).click()
    const search = holder.getByRole('searchbox', { name: 'Chercher dans ESCO' })
    await search.waitFor({ timeout: 20_000 })
    expect(await search.inputValue()).toBe(MINE)
    await search.fill('accueil client')
    const hits = holder.getByRole('list', { name: 'Résultats' }).getByRole('button')
    await until(async () => (await hits.count()) > 0, { what: 'ESCO results', timeout: 15_000 })
    await expectNoAxeViolations(holder, '/competences (ESCO picker)')
    await shot(holder, 'esco-360')
    const first = hits.first()
    picked = (await first.getAttribute('data-label')) ?? ''
    expect(picked.toLowerCase()).toContain('client')
    await first.click()
    await holder
      .getByText(`Choisi : ${picked}`)
      .or(holder.getByText(`Choisi\u00a0: ${picked}`))
      .waitFor()
  })
  expect(escoRequests.some((u) => u.endsWith('/manifest.json'))).toBe(true)
  expect(escoRequests.some((u) => /skills\.fr\.json$/.test(u))).toBe(true)
  await saveForm(holder)
  // "ESCO" may be an abbreviation element of its own (glossary): compare the words, not the layout.
  const words = async () => (await visibleText(card(holder, MINE))).replace(/\s+/g, ' ')
  await until(async () => (await words()).includes(`ESCO · ${picked}`), {
    what: 'the ESCO label on the competence card',
  })
})

test("the professional's view of the share shows the ESCO label beside the person's words", async () => {
  const link = await createShareThroughUi(holder, app.server.origin, {
    recipient: RECIPIENT,
    whole: ['Toutes mes compétences'],
  })
  const operator = await app.newPage()
  await openApp(operator, app.server.origin)
  await chooseMode(operator, 'operator')
  await openShareLinkInPage(operator, link)
  await explain(operator, async () => {
    await until(async () => (await mainText(operator)).includes(MINE), { what: 'the shared competence' })
    const line = operator.locator('main li').filter({ hasText: MINE })
    const text = (await visibleText(line)).replace(/\s+/g, ' ')
    expect(text).toContain(`ESCO : ${picked}`)
  })
})

test('without the ESCO files (offline, nothing cached) the picker says so and the words stay', async () => {
  const page = await app.newPage({ viewport: { width: 360, height: 740 } })
  // A fresh device that never loaded the index: its files cannot be reached.
  await page.route('**/esco/**', (route) => route.abort('internetdisconnected'))
  await openApp(page, app.server.origin, '/projets')
  await openAddForm(page, 'Ajouter un projet')
  await page.locator('main form').getByLabel('Métier ou activité visé').fill('Vendeuse en boulangerie')
  await page.getByRole('button', { name: 'Chercher dans ESCO' }).click()
  await page.getByText('La liste ESCO n’est pas disponible sans connexion.', { exact: false }).waitFor()
  await expectNoAxeViolations(page, '/projets (ESCO unavailable)')
  await page.getByRole('button', { name: 'Garder mes mots' }).click()
  await saveForm(page)
  await card(page, 'Vendeuse en boulangerie').waitFor()
})
