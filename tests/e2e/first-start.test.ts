// Issue 12, point 6 in real Chromium on a 360×740 phone: after the mode choice the holder finds
// "Commencez ici" (not only a dashboard of zeros), and goes one screen at a time: one experience (kind
// picked by its pictogram) → one competence it taught (family and level with pictograms) → the
// booklet. Back keeps what was typed; nothing is saved twice. axe (WCAG 2.2 AA) on every step.
import { describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, explain, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

const app = e2eApp()

describe('first start: Commencez ici', () => {
  test('one experience, one competence it taught, then the booklet', async () => {
    const page = await app.newPage({ viewport: { width: 360, height: 740 } })
    await page.goto(app.server.origin)
    await chooseMode(page, 'holder')
    // The first name can be left for later.
    await page.getByRole('button', { name: 'Pas maintenant' }).click()
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Commencez ici' }) })
    await card.waitFor({ timeout: 20_000 })
    await shot(page, 'start-home-360')
    await card.getByRole('link', { name: 'Commencer' }).click()
    await page.waitForURL(/\/commencer$/)
    await waitForApp(page)
    await explain(page, () => expectNoAxeViolations(page, '/commencer (intro)'))
    await page.getByRole('button', { name: 'Commencer' }).click()

    // Step 1: the experience, its kind picked among pictograms.
    await page.getByText('Étape 1 sur 3').waitFor()
    expect(await page.locator('.start-choice svg').count()).toBe(7)
    await page.getByRole('radio', { name: 'Bénévolat' }).check()
    await page.getByRole('button', { name: 'Suivant' }).click()
    // Nothing typed: said beside the field, nothing saved.
    await page.getByText('Écrivez en quelques mots ce que vous avez fait.').waitFor()
    await page.getByLabel("Ce que j'ai fait").fill('Distribution de colis alimentaires')
    await explain(page, () => expectNoAxeViolations(page, '/commencer (experience)'))
    await shot(page, 'start-experience-360')
    await page.getByRole('button', { name: 'Suivant' }).click()

    // Step 2: the competence, family and level with pictograms.
    await page.getByText('Étape 2 sur 3').waitFor()
    expect(await visibleText(page.locator('main'))).toContain(
      'Qu’est-ce que « Distribution de colis alimentaires » vous a appris ?',
    )
    await page.getByRole('radio', { name: 'Savoir-être' }).check()
    await page.getByLabel('La compétence, avec mes mots').fill("Être à l'heure")
    await page.getByRole('radio', { name: 'Je fais seul·e' }).check()
    expect(await page.locator('.start-choice svg').count()).toBe(7)
    await explain(page, () => expectNoAxeViolations(page, '/commencer (competence)'))
    await shot(page, 'start-competence-360')
    // Back and forth keeps everything typed.
    await page.getByRole('button', { name: 'Retour' }).click()
    expect(await page.getByLabel("Ce que j'ai fait").inputValue()).toBe('Distribution de colis alimentaires')
    expect(await page.getByRole('radio', { name: 'Bénévolat' }).isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Suivant' }).click()
    expect(await page.getByLabel('La compétence, avec mes mots').inputValue()).toBe("Être à l'heure")
    expect(await page.getByRole('radio', { name: 'Je fais seul·e' }).isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Suivant' }).click()

    // Step 3: the booklet.
    await page.getByText('Étape 3 sur 3').waitFor()
    await page.getByRole('button', { name: 'Voir mon livret' }).click()
    await page.waitForURL((u) => u.pathname === '/')
    await waitForApp(page)
    const comp = page.locator('section', { has: page.getByRole('heading', { name: 'Mes compétences' }) })
    await expect.poll(() => visibleText(comp)).toContain('1 compétence')
    // One experience, not two (going back did not save it twice); the start card is gone.
    const tiles = page.locator('main a.tile-link', { hasText: 'Expériences' })
    await expect.poll(() => visibleText(tiles)).toContain('1 élément')
    expect(await page.getByRole('heading', { name: 'Commencez ici' }).count()).toBe(0)
    // The competence is in the list of competences.
    await page.goto(`${app.server.origin}/competences`)
    await waitForApp(page)
    await expect.poll(() => visibleText(page.locator('main'))).toContain("Être à l'heure")
  })
})
