// Issue 13, point 4 on a 360 px phone in real Chromium: the person types "accueil client" in the
// competence form's ESCO picker (the index loads only then), picks a skill, and the professional
// who opens the share sees the ESCO label beside the person's own words. Then the person asks a
// trainer for a validation: the trainer's form shows the ESCO label, and the credential the person
// receives (saved to a file from the app) carries it as an OB 3.0 Alignment (framework ESCO, the
// concept URI, the label). axe on the open picker and the trainer's form.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import {
  chooseMode,
  explain,
  openApp,
  visibleText,
  waitForApp,
  waitForServiceWorkerControl,
} from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { card, openAddForm, saveForm } from './helpers/booklet-steps.ts'
import { mainText, openShareLinkInPage } from './operator-support.ts'
import { createShareThroughUi } from './share-steps.ts'

const app = e2eApp()
let holder: Page
const MINE = 'Accueillir les gens au magasin'
const RECIPIENT = 'Forem Namur'
let picked = ''
let pickedUri = ''

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
    pickedUri = (await first.getAttribute('data-uri')) ?? ''
    expect(pickedUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//)
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

test('a trainer validates the aligned competence: the ESCO label on the form and in the credential', async () => {
  await holder.goto(`${app.server.origin}/validations`)
  await waitForApp(holder)
  await holder.getByRole('checkbox', { name: MINE }).check()
  await holder.getByLabel('Nom du formateur').fill('Marc Lambert')
  await holder.getByLabel(/^Organisation/).fill('CISP Le Chantier')
  await holder.getByRole('button', { name: 'Créer le lien pour le formateur' }).click()
  await explain(holder, () =>
    holder.getByText('Prêt : le formateur peut ouvrir le lien.').waitFor({ timeout: 45_000 }),
  )
  const link = await holder.getByLabel('Lien pour le formateur').inputValue()

  const trainer = await app.newPage({ viewport: { width: 360, height: 740 } })
  await openApp(trainer, app.server.origin)
  await chooseMode(trainer, 'trainer')
  await trainer.getByLabel('Votre nom').fill('Marc Lambert')
  await trainer.getByLabel('Votre organisation').fill('CISP Le Chantier')
  await trainer.getByRole('button', { name: 'Créer mon identité' }).click()
  await trainer.locator('.fingerprint-groups').waitFor()
  await trainer.goto(link)
  const block = trainer.locator('fieldset.assessment-card', {
    has: trainer.locator('legend', { hasText: MINE }),
  })
  await explain(trainer, () => block.waitFor({ timeout: 45_000 }))
  // The trainer reads the person's words and, beside them, the ESCO label.
  expect((await visibleText(block)).replace(/\s+/g, ' ')).toContain(`ESCO : ${picked}`)
  await block.getByRole('radio', { name: 'Validé', exact: true }).check()
  await block.getByLabel('Niveau atteint').selectOption({ label: '3 — Fait seul·e' })
  await block.getByLabel("Méthode d'évaluation").selectOption({ label: 'Mise en situation' })
  await expectNoAxeViolations(trainer, 'trainer form of an ESCO-aligned competence')
  await shot(trainer, 'esco-trainer-360')
  await trainer.getByRole('button', { name: 'Signer et envoyer' }).click()
  await explain(trainer, () =>
    trainer.getByText('Aucun résultat en attente : tout est envoyé.').first().waitFor({ timeout: 45_000 }),
  )

  await holder.getByRole('button', { name: 'Terminé' }).click()
  const card = holder.locator('main [data-testid="validation-card"][data-state="unknown-organisation"]')
  await explain(holder, () => card.first().waitFor({ timeout: 45_000 }))
  // The verified validation says which ESCO skill it is about, read from the signed credential.
  expect((await visibleText(card.first())).replace(/\s+/g, ' ')).toContain(`ESCO : ${picked}`)
  const [download] = await Promise.all([
    holder.waitForEvent('download'),
    card
      .first()
      .getByRole('button', { name: `Enregistrer la validation de « ${MINE} » dans un fichier` })
      .click(),
  ])
  const path = await download.path()
  const credential = JSON.parse(await readFile(path, 'utf8')) as {
    credentialSubject: { achievement: { name: string; alignment?: unknown[] } }
  }
  expect(credential.credentialSubject.achievement.name).toBe(MINE)
  expect(credential.credentialSubject.achievement.alignment?.[0]).toEqual({
    type: ['Alignment'],
    targetName: picked,
    targetUrl: pickedUri,
    targetFramework: 'ESCO',
    targetType: 'ceasn:Competency',
  })
})

test('the ESCO index is kept by the service worker at run time (not precached) and works offline', async () => {
  // Not in the precache list the service worker installs with: fetched only when a picker opens.
  const sw = await (await fetch(`${app.server.origin}/sw.js`)).text()
  expect(sw).toContain('precacheAndRoute')
  expect(sw).not.toMatch(/url:\s*"esco\//)
  const page = await app.newPage({ viewport: { width: 360, height: 740 } })
  await openApp(page, app.server.origin, '/competences')
  await waitForServiceWorkerControl(page)
  const search = async () => {
    await openAddForm(page, 'Ajouter une compétence')
    await page.getByLabel('La compétence, avec mes mots').fill('Accueil')
    await page.getByRole('button', { name: 'Chercher dans ESCO' }).click()
    const box = page.getByRole('searchbox', { name: 'Chercher dans ESCO' })
    await box.waitFor({ timeout: 20_000 })
    await box.fill('accueil client')
    const hits = page.getByRole('list', { name: 'Résultats' }).getByRole('button')
    await until(async () => (await hits.count()) > 0, { what: 'ESCO results', timeout: 15_000 })
    return hits.first().getAttribute('data-label')
  }
  const online = await search()
  const cached = () =>
    page.evaluate(async () => {
      const names = await caches.keys()
      const out: string[] = []
      for (const n of names.filter((x) => x.startsWith('livret-esco')))
        for (const r of await (await caches.open(n)).keys()) out.push(new URL(r.url).pathname)
      return out
    })
  await until(async () => (await cached()).some((u) => /\/esco\/[a-f0-9]+\/skills\.fr\.json$/.test(u)), {
    what: 'the French skill labels in the runtime cache',
  })
  expect(await cached()).toContain('/esco/manifest.json')
  await page.context().setOffline(true)
  try {
    await page.reload()
    await waitForApp(page)
    expect(await search()).toBe(online)
  } finally {
    await page.context().setOffline(false)
  }
})

test('the about card of the settings credits ESCO as its terms ask', async () => {
  const page = await app.newPage({ viewport: { width: 360, height: 740 } })
  await openApp(page, app.server.origin, '/reglages')
  const about = page.locator('section', { has: page.getByRole('heading', { name: 'À propos' }) })
  await about.waitFor()
  expect(await visibleText(about)).toContain(
    'Ce service utilise la classification ESCO de la Commission européenne.',
  )
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
