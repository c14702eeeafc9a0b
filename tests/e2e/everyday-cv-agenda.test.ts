// Issue 13 on a 360 × 740 phone in real Chromium: a CV built from picked items, switched to English,
// print-previewed (only the sheet, unpicked items absent), kept as "CV vente" and reopened; an
// appointment and a dated plan step in the agenda in date order, exported as .ics and parsed with
// ical.js; axe finds nothing on the CV, agenda and job applications screens.
import { readFile } from 'node:fs/promises'
import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import { explain, openApp, visibleText, waitForApp, waitForServiceWorkerControl } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { addVolunteering, card, openAddForm, saveForm, VOLUNTEERING } from './helpers/booklet-steps.ts'

const app = e2eApp()
let page: Page

const dayIn = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  page = await app.newPage({ viewport: { width: 360, height: 740 }, acceptDownloads: true })
  await openApp(page, app.server.origin, '/experiences')
  await addVolunteering(page)
  await openAddForm(page, 'Ajouter une expérience')
  await page.getByLabel("Ce que j'ai fait").fill('Serveur au snack Le Coin')
  await saveForm(page)
  await card(page, 'Serveur au snack Le Coin').waitFor()
  await openApp(page, app.server.origin, '/competences')
  for (const label of ['Accueillir les clients', 'Conduire un chariot élévateur']) {
    await openAddForm(page, 'Ajouter une compétence')
    await page.getByLabel('La compétence, avec mes mots').fill(label)
    await saveForm(page)
    await card(page, label).waitFor()
  }
})

const sheet = () => page.locator('.cv-sheet')

test('a CV from picked items, in English, printed with only the sheet and the picked items', async () => {
  await openApp(page, app.server.origin, '/cv')
  await explain(page, async () => {
    await page.getByRole('checkbox', { name: VOLUNTEERING.title }).check()
    await page.getByRole('checkbox', { name: 'Accueillir les clients' }).check()
    await until(async () => (await visibleText(sheet())).includes('Accueillir les clients'), {
      what: 'the picked competence in the preview',
    })
    const fr = await visibleText(sheet())
    expect(fr).toContain('Bénévolat')
    expect(fr).toContain(VOLUNTEERING.title)
    expect(fr).not.toContain('Serveur au snack Le Coin')
    expect(fr).not.toContain('Conduire un chariot élévateur')
    await page.getByRole('radio', { name: 'English' }).check()
    await until(async () => (await visibleText(sheet())).includes('Volunteering'), {
      what: 'English headings',
    })
    const en = await visibleText(sheet())
    expect(en).toContain('Skills')
    // The person's words stay as written.
    expect(en).toContain('Accueillir les clients')
    expect(await sheet().getAttribute('lang')).toBe('en')
    await page.getByRole('radio', { name: 'Deux colonnes' }).check()
    await until(async () => (await sheet().getAttribute('class'))?.includes('cv-deux-colonnes') === true, {
      what: 'the two-column layout',
    })
    await expectNoAxeViolations(page, '/cv')
    await shot(page, 'cv-360')

    await page.emulateMedia({ media: 'print' })
    const printed = await visibleText(page.locator('body'))
    expect(printed).toContain('Accueillir les clients')
    expect(printed).toContain(VOLUNTEERING.title)
    expect(printed).not.toContain('Serveur au snack Le Coin')
    expect(printed).not.toContain('Conduire un chariot élévateur')
    // Only the sheet: no buttons, no menu, no heading of the screen.
    expect(printed).not.toContain('Imprimer ou enregistrer en PDF')
    expect(printed).not.toContain('Menu')
    expect(await page.locator('.cv-controls').isVisible()).toBe(false)
    await shot(page, 'cv-print')
    await page.emulateMedia({ media: 'screen' })
  })
})

test('kept as "CV vente", the CV is listed and reopens from the booklet as it is today', async () => {
  await page.getByLabel('Nom de ce CV').fill('CV vente')
  await page.getByRole('button', { name: 'Garder ce CV' }).click()
  const open = page.getByRole('button', { name: 'Ouvrir : CV vente' })
  await open.waitFor()
  // The booklet changes after saving: the reopened CV shows the new words.
  await openApp(page, app.server.origin, '/competences')
  await page.getByRole('link', { name: 'Modifier : Accueillir les clients' }).click()
  await waitForApp(page)
  await page.getByLabel('La compétence, avec mes mots').fill('Accueillir et conseiller les clients')
  await saveForm(page)
  await openApp(page, app.server.origin, '/cv')
  await page.getByRole('button', { name: 'Ouvrir : CV vente' }).click()
  await until(async () => (await visibleText(sheet())).includes('Accueillir et conseiller les clients'), {
    what: 'the regenerated CV',
  })
  expect(await sheet().getAttribute('lang')).toBe('en')
  expect(await visibleText(sheet())).not.toContain('Serveur au snack Le Coin')
  // JSON Resume file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger mon CV en fichier' }).click(),
  ])
  const resume = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
    skills?: { name: string }[]
  }
  expect(resume.skills?.map((s) => s.name)).toEqual(['Accueillir et conseiller les clients'])
  // Deleting a saved CV can be undone.
  await page.getByRole('button', { name: 'Supprimer : CV vente' }).click()
  await page.getByRole('button', { name: 'Ouvrir : CV vente' }).waitFor({ state: 'detached' })
  await page.locator('.toast-region').getByRole('button', { name: 'Annuler' }).click()
  await page.getByRole('button', { name: 'Ouvrir : CV vente' }).waitFor()
})

test('an appointment and a dated step in the agenda in date order, exported as .ics', async () => {
  const stepDay = dayIn(3)
  const appointmentDay = dayIn(10)
  await openApp(page, app.server.origin, '/plan')
  await openAddForm(page, 'Ajouter un objectif')
  await page.locator('main form').getByLabel('Objectif', { exact: true }).fill('Trouver un emploi')
  await saveForm(page)
  await page.getByRole('button', { name: 'Ajouter une étape : Trouver un emploi' }).click()
  await page.locator('main form').getByLabel('Étape', { exact: true }).fill('Envoyer trois candidatures')
  await page
    .locator('main form')
    .getByLabel(/^Date prévue/)
    .fill(stepDay)
  await saveForm(page)

  await openApp(page, app.server.origin, '/agenda')
  await explain(page, async () => {
    await page.getByRole('button', { name: 'Ajouter un rendez-vous' }).click()
    await page.getByLabel('Quoi ?').fill('Entretien avec ma conseillère')
    await page.getByLabel('Quel jour ?').fill(appointmentDay)
    await page.getByLabel('À quelle heure ? (facultatif)').fill('09:30')
    await page.getByLabel('Avec quel organisme ?').fill('Forem Namur')
    await page.getByLabel('Où ? (facultatif)').fill('Rue de Bruxelles 5')
    await page.getByLabel('Quoi prendre avec moi ? (facultatif)').fill("Carte d'identité")
    await page.getByRole('button', { name: 'Enregistrer le rendez-vous' }).click()
    const titles = page.locator('.agenda-item h3')
    await until(async () => (await titles.count()) === 2, { what: 'two agenda items' })
    expect(await titles.allTextContents()).toEqual([
      'Envoyer trois candidatures',
      'Entretien avec ma conseillère',
    ])
    expect(await visibleText(page.locator('.agenda-item').nth(1))).toContain('Forem Namur')
  })
  await expectNoAxeViolations(page, '/agenda')
  await shot(page, 'agenda-360')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tout mettre dans mon calendrier (.ics)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const text = await readFile((await download.path()) ?? '', 'utf8')
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e))
  expect(events.map((e) => e.summary)).toEqual([
    'Envoyer trois candidatures',
    'Entretien avec ma conseillère',
  ])
  const meeting = events[1]
  expect(meeting?.location).toBe('Rue de Bruxelles 5')
  expect(meeting?.startDate.toString()).toBe(`${appointmentDay}T09:30:00`)
  expect(meeting?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Brussels')
  expect(events[0]?.startDate.isDate).toBe(true)
  for (const e of events) expect(e.component.getAllSubcomponents('valarm').length).toBe(1)

  // Marked done, the appointment leaves the agenda.
  await page.getByRole('button', { name: 'C’est fait' }).click()
  await until(async () => (await page.locator('.agenda-item').count()) === 1, { what: 'one item left' })

  // Another one did not happen: the person says why, and it leaves the agenda too.
  await page.getByRole('button', { name: 'Ajouter un rendez-vous' }).click()
  await page.getByLabel('Quel jour ?').fill(dayIn(1))
  await page.getByLabel('Avec quel organisme ?').fill('CPAS de Namur')
  await page.getByRole('button', { name: 'Enregistrer le rendez-vous' }).click()
  const cpas = page.locator('.agenda-item').filter({ hasText: 'CPAS de Namur' })
  await cpas.waitFor()
  await cpas.getByRole('button', { name: 'N’a pas eu lieu' }).click()
  await cpas.getByLabel('Pourquoi ? (facultatif)').fill('Bus en grève')
  await expectNoAxeViolations(page, '/agenda (why it did not happen)')
  await cpas.getByRole('button', { name: 'Noter' }).click()
  await until(async () => (await page.locator('.agenda-item').count()) === 1, {
    what: 'the missed appointment leaves the agenda',
  })
  // …and stays readable under "Rendez-vous passés" with the reason it did not happen.
  const past = page.locator('.agenda-past-item')
  await until(async () => (await past.count()) === 2, { what: 'two past appointments' })
  const missed = past.filter({ hasText: 'CPAS de Namur' })
  expect(await visibleText(missed)).toContain('N’a pas eu lieu. Pourquoi : Bus en grève')
  expect(await visibleText(past.filter({ hasText: 'Entretien avec ma conseillère' }))).toContain(
    'C’est fait.',
  )
  await expectNoAxeViolations(page, '/agenda (past appointments)')
  // Marked by mistake: put back in the agenda.
  await missed.getByRole('button', { name: 'Remettre dans l’agenda' }).click()
  await until(async () => (await page.locator('.agenda-item').count()) === 2, { what: 'back in the agenda' })
})

test('the job applications screen adds one and passes axe; desktop screenshots', async () => {
  await openApp(page, app.server.origin, '/candidatures')
  await page.getByRole('button', { name: 'Ajouter une candidature' }).click()
  await page.getByLabel('Où ? (entreprise, organisme)').fill('Delhaize Jambes')
  await page.getByLabel('Quel emploi ?').fill('Vendeur')
  await page.getByLabel('Prochaine étape (facultatif)').fill('Rappeler le gérant')
  await page.getByLabel('Pour quand ? (facultatif)').fill(dayIn(1))
  await saveForm(page)
  await page.getByRole('heading', { level: 3, name: 'Vendeur — Delhaize Jambes' }).waitFor()
  await expectNoAxeViolations(page, '/candidatures')
  await shot(page, 'applications-360')
  // Editing: the answer changes; an emptied next step is cleared.
  await page.getByRole('button', { name: 'Modifier : Vendeur' }).click()
  await page.getByRole('radio', { name: 'Entretien' }).check()
  await page.getByLabel('Prochaine étape (facultatif)').fill('')
  await page.getByLabel('Pour quand ? (facultatif)').fill('')
  await saveForm(page)
  const item = page.locator('.app-item')
  await until(async () => (await visibleText(item)).includes('Entretien'), { what: 'the new answer' })
  expect(await visibleText(item)).not.toContain('Rappeler le gérant')
  await page.getByRole('button', { name: 'Modifier : Vendeur' }).click()
  await page.getByLabel('Prochaine étape (facultatif)').fill('Rappeler le gérant')
  await page.getByLabel('Pour quand ? (facultatif)').fill(dayIn(1))
  await saveForm(page)
  // Tomorrow's next step shows first on the home.
  await openApp(page, app.server.origin, '/')
  const due = page.locator('.home-due')
  await until(
    async () => (await due.count()) === 1 && (await visibleText(due)).includes('Rappeler le gérant'),
    {
      what: "tomorrow's next step on the home",
    },
  )
  await shot(page, 'home-360', false)
  await page.setViewportSize({ width: 1280, height: 900 })
  for (const path of ['/cv', '/agenda']) {
    await openApp(page, app.server.origin, path)
    await shot(page, `${path.slice(1)}-desktop`)
  }
})

test('reminders: only after the person taps the button, one notification through the service worker', async () => {
  await page.setViewportSize({ width: 360, height: 740 })
  await openApp(page, app.server.origin, '/agenda')
  await waitForServiceWorkerControl(page)
  const shown = () =>
    page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => n.body),
    )
  // Never asked on its own: nothing shown before the opt-in.
  expect(await shown()).toEqual([])
  await page.context().grantPermissions(['notifications'], { origin: app.server.origin })
  await page.getByRole('button', { name: 'Recevoir des rappels' }).click()
  await page.getByText('Les rappels sont activés.').waitFor()
  await openApp(page, app.server.origin, '/')
  const bodies = await until(
    async () => {
      const b = await shown()
      return b.length > 0 ? b : undefined
    },
    { what: 'the reminder notification', timeout: 15_000 },
  )
  expect(bodies[0]).toContain('Rappeler le gérant')
})
