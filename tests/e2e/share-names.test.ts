// Issue 12, points 3, 5 and 9 in real Chromium: the holder (phone 360×740) gives a first name at the
// first start; the share sheet is prefilled with it and may carry another name (initials); Back on the
// preview (the app's button and the browser's) keeps the whole selection; the social worker (desktop)
// receives two booklets and tells them apart by name, date received and organisation; the printout
// starts "Livret de <nom>"; the holder's "who opened what, when" lists each opening one by one.
// axe (WCAG 2.2 AA) on every screen changed here.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { DIST_DIR } from '../support/app-server.ts'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { addVolunteering, VOLUNTEERING } from './helpers/booklet-steps.ts'
import { goTo } from './helpers/devices-steps.ts'
import { fillSheet, previewAndCreate, readQrCodes, warmCompression } from './share-steps.ts'

const app = e2eApp()
const CPAS = 'CPAS de Namur — service insertion'
const FOREM = 'Forem Namur'
let holder: Page
let operator: Page

beforeAll(async () => {
  await warmCompression(app.server.origin, DIST_DIR)
  holder = await app.newPage({ viewport: { width: 360, height: 740 } })
  operator = await app.newPage({ viewport: { width: 1280, height: 900 } })
  await holder.goto(app.server.origin)
  await chooseMode(holder, 'holder')
  await operator.goto(app.server.origin)
  await chooseMode(operator, 'operator')
})

/** Opens the share sheet from the share list, as a person does. */
async function openSheet(page: Page): Promise<void> {
  await goTo(page, '/partager')
  await page.getByRole('link', { name: 'Nouveau partage' }).click()
  await page.getByLabel('Avec qui ?').waitFor()
}

/** The social worker opens a link read from the holder's QR code; returns the received path. */
async function receive(link: string): Promise<string> {
  return explain(operator, async () => {
    await operator.goto(link)
    await operator.waitForURL(/\/recus\/[^/#]+$/, { timeout: 20_000 })
    await waitForApp(operator)
    return new URL(operator.url()).pathname
  })
}

describe('names, forms kept, openings one by one', () => {
  test('the first start asks the first name, plainly, and it can be given', async () => {
    const box = holder.locator('section', { has: holder.getByRole('heading', { name: 'Votre prénom' }) })
    await box.waitFor({ timeout: 20_000 })
    expect(await visibleText(box)).toContain('Pour que les professionnels sachent à qui est ce livret')
    expect(await box.getByRole('button', { name: 'Pas maintenant' }).count()).toBe(1)
    await explain(holder, () => expectNoAxeViolations(holder, 'home with the first-name box'))
    await shot(holder, 'home-first-name-360')
    await holder.getByLabel('Votre prénom (si vous voulez)').fill('Amina')
    await box.getByRole('button', { name: 'Enregistrer mon prénom' }).click()
    await holder.getByText('Bonjour, Amina').waitFor()
    expect(await box.count()).toBe(0)
    await goTo(holder, '/experiences')
    await addVolunteering(holder)
  })

  test("the sheet's Back (app and browser) keeps the selection; the name is prefilled", async () => {
    await openSheet(holder)
    expect(await holder.getByLabel('Votre nom dans ce partage').inputValue()).toBe('Amina')
    await fillSheet(holder, { recipient: CPAS, whole: ['Toutes mes expériences'] })
    await holder.getByRole('button', { name: 'Voir ce que la personne verra' }).click()
    await holder.getByRole('heading', { name: `Ce que ${CPAS} verra` }).waitFor()
    expect(await visibleText(holder.locator('main'))).toContain(VOLUNTEERING.title)
    await explain(holder, () => expectNoAxeViolations(holder, 'share preview'))
    // The app's Back button.
    await holder.getByRole('button', { name: 'Changer mon choix' }).click()
    await holder.getByLabel('Avec qui ?').waitFor()
    expect(await holder.getByLabel('Avec qui ?').inputValue()).toBe(CPAS)
    expect(await holder.getByRole('checkbox', { name: 'Toutes mes expériences' }).isChecked()).toBe(true)
    // The browser's (or phone's) Back, from the preview.
    await holder.getByRole('button', { name: 'Voir ce que la personne verra' }).click()
    await holder.getByRole('heading', { name: `Ce que ${CPAS} verra` }).waitFor()
    await holder.goBack()
    await holder.getByLabel('Avec qui ?').waitFor()
    expect(await holder.getByLabel('Avec qui ?').inputValue()).toBe(CPAS)
    expect(await holder.getByRole('checkbox', { name: 'Toutes mes expériences' }).isChecked()).toBe(true)
    // And a reload on the sheet.
    await holder.reload()
    await holder.getByLabel('Avec qui ?').waitFor({ timeout: 20_000 })
    expect(await holder.getByLabel('Avec qui ?').inputValue()).toBe(CPAS)
    expect(await holder.getByRole('checkbox', { name: 'Toutes mes expériences' }).isChecked()).toBe(true)
    await explain(holder, () => expectNoAxeViolations(holder, 'share sheet'))
    await shot(holder, 'share-sheet-360')
  })

  test('scenario 2 with a name: the list and the printout show the chosen names', async () => {
    // On the sheet kept from the previous test: create the CPAS share under "Amina".
    const cpasLink = await previewAndCreate(holder, CPAS)
    const qr = holder.getByRole('img', { name: `Code QR du partage avec ${CPAS}` })
    // The QR code holds the short handover link (docs/protocol.md §13), which leads to the same share.
    const [shown] = await readQrCodes(await qr.screenshot())
    expect(shown).toMatch(/\/h#[\w-]+\.[\w-]+$/)
    const cpasPath = await receive(cpasLink)
    // A second share, to another organisation, under initials.
    await openSheet(holder)
    // The sheet is empty again once a share was made from it.
    expect(await holder.getByLabel('Avec qui ?').inputValue()).toBe('')
    await holder.getByLabel('Votre nom dans ce partage').fill('A. K.')
    await fillSheet(holder, { recipient: FOREM, whole: ['Toutes mes expériences'] })
    const foremLink = await previewAndCreate(holder, FOREM)
    await receive(foremLink)

    // The social worker's list: both booklets, told apart by name, organisation and date received.
    await operator.goto(`${app.server.origin}/recus`)
    await waitForApp(operator)
    const items = operator.locator('main li.op-item')
    await until(async () => (await items.count()) === 2, { timeout: 20_000, what: 'two received booklets' })
    const texts = await Promise.all([0, 1].map(async (i) => visibleText(items.nth(i))))
    const amina = texts.find((x) => x.includes('Amina')) ?? ''
    const initials = texts.find((x) => x.includes('A. K.')) ?? ''
    expect(amina).toContain(CPAS)
    expect(initials).toContain(FOREM)
    for (const x of texts) expect(x).toMatch(/Reçu sur cet appareil le \d+ \S+ \d{4} à \d{2}:\d{2}/)
    expect(texts.join('\n')).not.toContain('Sans nom')
    await explain(operator, () => expectNoAxeViolations(operator, 'received list'))
    await shot(operator, 'received-list-desktop')

    // The printout starts "Livret de Amina".
    await operator.goto(`${app.server.origin}${cpasPath}`)
    await waitForApp(operator)
    await operator.getByRole('heading', { level: 1, name: 'Amina' }).waitFor()
    await operator.emulateMedia({ media: 'print' })
    const head = operator.locator('.op-print-head')
    expect((await head.textContent())?.trim()).toMatch(/^Livret de Amina — partagé le /)
    expect(await head.isVisible()).toBe(true)
    await operator.emulateMedia({ media: 'screen' })
  })

  test('"who opened what, when" lists each opening with its date, time and share', async () => {
    await goTo(holder, '/partager')
    const log = holder.locator('section', {
      has: holder.getByRole('heading', { name: 'Qui a ouvert quoi, quand' }),
    })
    await log.waitFor()
    const lines = log.locator('li')
    await until(async () => (await lines.count()) >= 2, { timeout: 20_000, what: 'two openings listed' })
    const text = await visibleText(log)
    expect(text).toMatch(
      new RegExp(`Le \\d+ \\S+ \\d{4} à \\d{2}:\\d{2} : le partage avec ${CPAS} a été ouvert\\.`),
    )
    expect(text).toMatch(
      new RegExp(`Le \\d+ \\S+ \\d{4} à \\d{2}:\\d{2} : le partage avec ${FOREM} a été ouvert\\.`),
    )
    await explain(holder, () => expectNoAxeViolations(holder, 'share list with the openings'))
    await shot(holder, 'share-list-openings-360')
    await holder.setViewportSize({ width: 1280, height: 900 })
    await shot(holder, 'share-list-openings-desktop')
    await goTo(holder, '/')
    await shot(holder, 'home-desktop')
    await holder.setViewportSize({ width: 360, height: 740 })
    await shot(holder, 'home-360')
  })
})
