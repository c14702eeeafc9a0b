// Issue 12, point 6, beyond the holder's main screens (tap-targets.test.ts): every interactive
// element is at least 44×44 px and axe (WCAG 2.2 AA) finds nothing on
// - the holder's forms with pictogram choices (experience, competence, objective and step), 360 px;
// - the professional's screens — receive, the received booklets and one of them, the proposal
//   writing opened from it, trusted organisations — on a desktop and on a 360 px phone;
// - the trainer's screens — identity, then the validation request opened from the holder's link —
//   on a 360 px phone.
// Screens whose content loads later are measured once their own content is there.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import {
  addPickedSavoirEtre,
  addVolunteering,
  openAddForm,
  PICKED_SAVOIR_ETRE,
  saveForm,
} from './helpers/booklet-steps.ts'
import { goTo } from './helpers/devices-steps.ts'
import { smallTargets } from './helpers/tap-targets.ts'
import { fillSheet, previewAndCreate } from './share-steps.ts'

const app = e2eApp()
const MIN = 44
const PHONE = { width: 360, height: 740 }
const DESK = { width: 1280, height: 900 }
let holder: Page
let operator: Page
let trainer: Page
let shareCode = ''
let requestLink = ''

/** Measures the current screen: small targets (as text lines) and axe. */
async function check(page: Page, what: string, found: string[]): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('main .loading, main [aria-busy="true"]'))
  // At least one target of its own (polled: a lazy screen may render a moment after its loading line).
  const targets = page.locator('main a[href], main button, main input, main select')
  await until(async () => (await targets.count()) > 0, { what: `${what}: a target of its own` })
  for (const small of await smallTargets(page, MIN)) found.push(`${what}: ${small}`)
  await expectNoAxeViolations(page, what)
}

beforeAll(async () => {
  holder = await app.newPage({ viewport: PHONE })
  operator = await app.newPage({ viewport: DESK })
  trainer = await app.newPage({ viewport: PHONE })
  for (const p of [holder, operator, trainer])
    p.on('pageerror', (e) => console.error('page error:', e.message))
  await holder.goto(app.server.origin)
  await chooseMode(holder, 'holder')
  await explain(holder, async () => {
    await goTo(holder, '/experiences')
    await addVolunteering(holder)
    await goTo(holder, '/competences')
    await addPickedSavoirEtre(holder)
  })
})

describe('tap targets and axe beyond the main screens', () => {
  test("the holder's forms with pictogram choices, at 360 px", async () => {
    const found: string[] = []
    await goTo(holder, '/experiences')
    await openAddForm(holder, 'Ajouter une expérience')
    // Each kind of experience is a choice with its pictogram.
    const kinds = holder.getByRole('group', { name: "Type d'expérience" }).locator('.choice')
    expect(await kinds.count()).toBe(7)
    expect(await kinds.locator('svg.icon').count()).toBe(7)
    await check(holder, '/experiences (add form)', found)
    await shot(holder, 'experience-form-360')
    await goTo(holder, '/competences')
    await openAddForm(holder, 'Ajouter une compétence')
    // Three families and four levels, each with its pictogram.
    expect(await holder.getByRole('group', { name: 'Famille' }).locator('.choice svg.icon').count()).toBe(3)
    expect(await holder.getByRole('group', { name: 'Mon niveau' }).locator('.choice svg.icon').count()).toBe(
      4,
    )
    await check(holder, '/competences (add form)', found)
    await shot(holder, 'competence-form-360')
    await goTo(holder, '/situation')
    expect(await holder.locator('main form').first().locator('.choice svg.icon').count()).toBe(4)
    await goTo(holder, '/plan')
    await openAddForm(holder, 'Ajouter un objectif')
    await holder.locator('main form').getByLabel('Objectif', { exact: true }).fill('Trouver un stage')
    await saveForm(holder)
    await holder.getByRole('button', { name: 'Ajouter une étape : Trouver un stage' }).click()
    await holder.locator('main form').waitFor()
    const status = holder.getByRole('group', { name: 'État' })
    expect(await status.locator('.choice svg.icon').count()).toBe(4)
    await check(holder, '/plan (step form)', found)
    await shot(holder, 'step-form-360')
    expect(found, found.join('\n')).toEqual([])
  })

  test("the professional's screens, on a desktop and at 360 px", async () => {
    // The holder shares (with proposals allowed) and asks a trainer for a validation.
    await goTo(holder, '/partager')
    await holder.getByRole('link', { name: 'Nouveau partage' }).click()
    await fillSheet(holder, { recipient: 'Mme Dupont', whole: ['Toutes mes expériences'] })
    await holder
      .getByRole('checkbox', { name: 'Cette personne peut me proposer des étapes pour mon plan' })
      .check()
    await previewAndCreate(holder, 'Mme Dupont')
    shareCode = (await visibleText(holder.locator('.typed-code span[aria-hidden="true"]').last())).trim()

    await operator.goto(app.server.origin)
    await chooseMode(operator, 'operator')
    const found: string[] = []
    await check(operator, '/ (professional, desktop)', found)
    await goTo(operator, '/recevoir')
    await operator.getByLabel('Code à 15 chiffres').fill(shareCode)
    await operator.getByRole('button', { name: 'Ouvrir le code' }).click()
    await explain(operator, () => operator.waitForURL(/\/recus\/[^/#]+$/, { timeout: 30_000 }))
    await operator.getByRole('link', { name: 'Proposer des étapes' }).waitFor({ timeout: 20_000 })
    const received = new URL(operator.url()).pathname
    await operator.getByRole('link', { name: 'Proposer des étapes' }).click()
    await explain(operator, () => operator.waitForURL(/\/proposer\/[A-Za-z0-9_-]+$/, { timeout: 30_000 }))
    await operator.locator('main form').waitFor()
    const proposal = new URL(operator.url()).pathname
    const screens = ['/', '/recevoir', '/recus', received, '/proposer', proposal, '/confiance', '/reglages']
    for (const size of [DESK, PHONE]) {
      await operator.setViewportSize(size)
      for (const path of screens) {
        await goTo(operator, path)
        if (path === received) await operator.getByRole('link', { name: 'Proposer des étapes' }).waitFor()
        if (path === proposal) await operator.locator('main form').waitFor()
        await check(operator, `${path} (professional, ${size.width} px)`, found)
      }
    }
    await goTo(operator, proposal)
    await shot(operator, 'propose-form-360')
    expect(found, found.join('\n')).toEqual([])
  })

  test("the trainer's screens at 360 px", async () => {
    await goTo(holder, '/validations')
    await holder.getByRole('checkbox', { name: PICKED_SAVOIR_ETRE }).first().check()
    await holder.getByLabel('Nom du formateur').fill('Marc Lambert')
    await holder.getByRole('button', { name: 'Créer le lien pour le formateur' }).click()
    await explain(holder, () =>
      holder.getByText('Prêt : le formateur peut ouvrir le lien.').waitFor({ timeout: 45_000 }),
    )
    requestLink = await holder.getByLabel('Lien pour le formateur').inputValue()

    await trainer.goto(app.server.origin)
    await chooseMode(trainer, 'trainer')
    const found: string[] = []
    await check(trainer, '/formateur (identity form)', found)
    await trainer.getByLabel('Votre nom').fill('Marc Lambert')
    await trainer.getByLabel('Votre organisation').fill('CISP Le Chantier')
    await trainer.getByRole('button', { name: 'Créer mon identité' }).click()
    await trainer.locator('.fingerprint-groups').waitFor()
    await check(trainer, '/formateur (identity made)', found)
    await trainer.goto(requestLink)
    await waitForApp(trainer)
    await trainer.locator('fieldset.assessment-card').first().waitFor({ timeout: 45_000 })
    await check(trainer, '/valider (a request)', found)
    await shot(trainer, 'validate-360')
    for (const path of ['/confiance', '/reglages']) {
      await goTo(trainer, path)
      await check(trainer, `${path} (trainer)`, found)
    }
    expect(found, found.join('\n')).toEqual([])
  })
})
