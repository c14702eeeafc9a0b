// Issue 12 §1–§2 in real Chromium: scenario 4 started from the professional's receive screen. The
// holder (phone 360×740) shows the proposal handover — a short QR code (≤ version 5) and 15 digits;
// the professional (desktop) types the digits on "Recevoir un livret", lands on the proposal form,
// proposes two steps; the holder accepts one and refuses the other with a reason; the professional
// sees each step's answer. The same short code cannot be used twice. axe WCAG 2.2 AA on the changed
// screens; screenshots of the handover and receive screens at 360 px and desktop size.
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, explain, visibleText } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { expectShortHandover } from './helpers/handover.ts'
import {
  acceptFirstRefuseSecond,
  expectProposeConnected,
  expectStepAnswers,
  holderAndProfessional,
  menu,
  sendProposal,
  writeTwoSteps,
} from './helpers/proposal-steps.ts'

const app = e2eApp()
let holder: Page
let operator: Page

beforeAll(async () => {
  const pages = await holderAndProfessional(app)
  holder = pages.holder
  operator = pages.operator
})

const STEPS: [string, string] = ['Atelier CV le lundi', 'Stage en cuisine']
const pendingCards = () => holder.locator('main li.proposal')

test('scenario 4 from the receive screen: short code typed, two steps proposed, one accepted, one refused', async () => {
  // Holder: a proposal handover for the counsellor.
  await holder.goto(app.server.origin)
  await explain(holder, () => chooseMode(holder, 'holder'))
  await explain(holder, () => menu(holder, 'Propositions'))
  await holder.getByLabel('Nom du professionnel').fill('Mme Dupont')
  await holder.getByLabel('Organisation (facultatif)').fill('CPAS de Namur')
  await holder.getByRole('button', { name: 'Créer le lien' }).click()
  const qr = holder.getByRole('img', {
    name: 'Code QR du lien pour proposer, pour Mme Dupont (CPAS de Namur)',
  })
  const { typed: code } = await expectShortHandover(holder, app.server.origin, qr)
  const longLink = await holder.getByRole('textbox', { name: 'Lien pour proposer' }).inputValue()
  expect(longLink.length).toBeGreaterThan(300)
  await expectNoAxeViolations(holder, '/propositions (short code, 360 px)')
  await shot(holder, 'handover-360')

  // Professional: the receive screen, from the menu; a wrong text is told apart, then the typed code.
  await operator.goto(app.server.origin)
  await explain(operator, () => chooseMode(operator, 'operator'))
  await explain(operator, () => menu(operator, 'Recevoir un livret'))
  await expectNoAxeViolations(operator, '/recevoir')
  await shot(operator, 'receive-desktop')
  await operator.getByLabel('Lien reçu').fill('https://example.org/une-page')
  await operator.getByRole('button', { name: 'Ouvrir le lien' }).click()
  await expect
    .poll(() => visibleText(operator.getByRole('alert')))
    .toContain("Ce n'est pas un lien ni un code Livret")
  await operator.getByLabel('Code à 15 chiffres').fill(code)
  await operator.getByRole('button', { name: 'Ouvrir le code' }).click()
  await explain(operator, () => operator.waitForURL(/\/proposer\/[A-Za-z0-9_-]+$/, { timeout: 30_000 }))
  await expectProposeConnected(operator)

  // Two steps in one proposal.
  await writeTwoSteps(operator, 'Refaire mon CV', STEPS)
  const card = await sendProposal(operator, 'Refaire mon CV')

  // Holder: one answer per step.
  await explain(holder, () => expect.poll(() => pendingCards().count(), { timeout: 20_000 }).toBe(1))
  const pending = pendingCards().first()
  await acceptFirstRefuseSecond(pending, STEPS, 'Trop loin de chez moi')
  await expectNoAxeViolations(holder, '/propositions (per-step answers, 360 px)')
  await shot(holder, 'steps-360')
  await pending.getByRole('button', { name: 'Envoyer mes réponses' }).click()
  await expect.poll(() => pendingCards().count()).toBe(0)

  // Professional: each step's answer, through the answers room.
  await expectStepAnswers(operator, card, [
    'Atelier CV le lundi : Étape acceptée',
    'Stage en cuisine : Étape refusée : « Trop loin de chez moi »',
  ])
  await expectNoAxeViolations(operator, '/proposer (answers per step)')

  // The short link was not used, but the typed code was: used once, it is gone.
  await menu(operator, 'Recevoir un livret')
  await operator.getByLabel('Code à 15 chiffres').fill(code)
  await operator.getByRole('button', { name: 'Ouvrir le code' }).click()
  await expect.poll(() => visibleText(operator.getByRole('alert'))).toContain('Ce code a déjà servi')

  // Holder's plan: the accepted step only.
  await menu(holder, "Plan d'action")
  await expect.poll(() => visibleText(holder.locator('main'))).toContain('Atelier CV le lundi')
  expect(await visibleText(holder.locator('main'))).not.toContain('Stage en cuisine')
})

test('a short QR code opened by the camera app (/h#…) leads to its screen; the desktop handover screenshot', async () => {
  await menu(holder, 'Propositions')
  await holder.getByLabel('Nom du professionnel').fill('M. Martin')
  await holder.getByRole('button', { name: 'Créer le lien' }).click()
  const short = holder.locator('[data-short-link]').last()
  await short.waitFor({ timeout: 20_000 })
  const shortLink = (await short.getAttribute('data-short-link')) ?? ''
  const desk = await app.newPage({ viewport: { width: 1280, height: 900 } })
  await desk.goto(app.server.origin)
  await chooseMode(desk, 'operator')
  await desk.goto(shortLink)
  await explain(desk, () => desk.waitForURL(/\/proposer\/[A-Za-z0-9_-]+$/, { timeout: 30_000 }))
  expect(desk.url()).not.toContain('#')
  expect(await desk.getByLabel('Votre nom').inputValue()).toBe('M. Martin')
  await holder.setViewportSize({ width: 1280, height: 900 })
  await shot(holder, 'handover-desktop')
  await operator.setViewportSize({ width: 360, height: 740 })
  await menu(operator, 'Recevoir un livret')
  await shot(operator, 'receive-360')
})
