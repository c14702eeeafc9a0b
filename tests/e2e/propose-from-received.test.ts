// Issue 12 §1 in real Chromium: scenario 4 started from the booklet the professional received. The
// holder (phone 360×740) shares their experiences and ticks "Cette personne peut me proposer des
// étapes"; the professional (desktop) types the share's 15 digits on "Recevoir un livret", opens the
// received booklet, and from it "Proposer des étapes" — the proposal form opens already linked to the
// holder's inbox (no link pasted, no URL typed), with their name filled in. Two steps proposed; the
// holder accepts one and refuses the other with a reason; the professional sees each answer. A share
// made without the permission offers no such button and says how to ask for it. axe WCAG 2.2 AA on
// the received booklet and the proposal form; screenshots at 360 px and desktop (LIVRET_SHOTS).
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, explain, visibleText } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { addVolunteering, VOLUNTEERING } from './helpers/booklet-steps.ts'
import {
  acceptFirstRefuseSecond,
  expectProposeConnected,
  expectStepAnswers,
  holderAndProfessional,
  menu,
  sendProposal,
  writeTwoSteps,
} from './helpers/proposal-steps.ts'
import { fillSheet, previewAndCreate } from './share-steps.ts'

const app = e2eApp()
let holder: Page
let operator: Page
const STEPS: [string, string] = ['Visiter la cuisine du CPAS', 'Stage de nuit']

beforeAll(async () => {
  const pages = await holderAndProfessional(app)
  holder = pages.holder
  operator = pages.operator
})

/** Holder: a share of the experiences for `recipient`, with or without the proposal permission;
 * returns the 15 digits shown under the QR code. */
async function share(recipient: string, proposals: boolean): Promise<string> {
  await menu(holder, 'Partager')
  await holder.getByRole('link', { name: 'Nouveau partage' }).click()
  await fillSheet(holder, { recipient, whole: ['Toutes mes expériences'] })
  const allow = holder.getByRole('checkbox', {
    name: 'Cette personne peut me proposer des étapes pour mon plan',
  })
  expect(await allow.isChecked()).toBe(false)
  if (proposals) await allow.check()
  await previewAndCreate(holder, recipient)
  const code = (await visibleText(holder.locator('.typed-code span[aria-hidden="true"]').last())).trim()
  expect(code).toMatch(/^\d{5} \d{5} \d{5}$/)
  return code
}

/** Professional: types the code on the receive screen and lands on the received booklet. */
async function receive(code: string): Promise<void> {
  await menu(operator, 'Recevoir un livret')
  await operator.getByLabel('Code à 15 chiffres').fill(code)
  await operator.getByRole('button', { name: 'Ouvrir le code' }).click()
  await explain(operator, () => operator.waitForURL(/\/recus\/[^/#]+$/, { timeout: 30_000 }))
  await operator.getByText(VOLUNTEERING.title).first().waitFor({ timeout: 20_000 })
}

test('scenario 4 from the received booklet: one step accepted, one refused, no link pasted', async () => {
  await holder.goto(app.server.origin)
  await explain(holder, () => chooseMode(holder, 'holder'))
  await menu(holder, 'Expériences')
  await addVolunteering(holder)
  const code = await explain(holder, () => share('Mme Dupont', true))

  await operator.goto(app.server.origin)
  await explain(operator, () => chooseMode(operator, 'operator'))
  await receive(code)
  const propose = operator.getByRole('link', { name: 'Proposer des étapes' })
  await propose.waitFor()
  expect(await visibleText(operator.locator('main'))).toContain('Elle dira oui ou non à chacune')
  await expectNoAxeViolations(operator, '/recus/<id> (proposals allowed)')
  await shot(operator, 'received-propose-desktop')
  await propose.click()
  await explain(operator, () => operator.waitForURL(/\/proposer\/[A-Za-z0-9_-]+$/, { timeout: 30_000 }))
  expect(operator.url()).not.toContain('#')
  expect(await operator.getByLabel('Votre nom').inputValue()).toBe('Mme Dupont')
  await expectProposeConnected(operator)

  await writeTwoSteps(operator, 'Trouver un stage', STEPS)
  await expectNoAxeViolations(operator, '/proposer/<id> (opened from the received booklet)')
  const card = await sendProposal(operator, 'Trouver un stage')

  // Holder: the inbox made with the share is among their proposals, named after the recipient.
  await menu(holder, 'Propositions')
  const pending = holder.locator('main li.proposal').first()
  await explain(holder, () => pending.waitFor({ timeout: 20_000 }))
  await acceptFirstRefuseSecond(pending, STEPS, 'Je garde mes enfants le soir')
  await shot(holder, 'proposal-steps-360')
  await pending.getByRole('button', { name: 'Envoyer mes réponses' }).click()
  await expect.poll(() => holder.locator('main li.proposal').count()).toBe(0)

  await expectStepAnswers(operator, card, [
    'Visiter la cuisine du CPAS : Étape acceptée',
    'Stage de nuit : Étape refusée : « Je garde mes enfants le soir »',
  ])

  await menu(holder, "Plan d'action")
  await expect.poll(() => visibleText(holder.locator('main'))).toContain('Visiter la cuisine du CPAS')
  expect(await visibleText(holder.locator('main'))).not.toContain('Stage de nuit')
})

test('a share without the permission offers no proposal button and says how to ask', async () => {
  const code = await explain(holder, () => share('M. Martin', false))
  await receive(code)
  const main = operator.locator('main')
  expect(await operator.getByRole('link', { name: 'Proposer des étapes' }).count()).toBe(0)
  expect(await visibleText(main)).toContain('Cette personne peut me proposer des étapes')
  await operator.setViewportSize({ width: 360, height: 740 })
  await shot(operator, 'received-no-propose-360')
  await expectNoAxeViolations(operator, '/recus/<id> (no permission, 360 px)')
})
