// Issue 12 §1 in real Chromium: the professional's receive screen takes what is not a booklet too.
// An organisation's card pasted there opens "Organisations de confiance" with the fingerprint to
// confirm (and, confirmed, the organisation is trusted); a trainer's card is named, with a
// "Continuer" link to the screen that opens it; a text that is nothing of ours is still refused in
// plain words. axe WCAG 2.2 AA with the notice shown. (Endorsements and trust lists are routed:
// receive-routing.test.ts.)
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { generateTrainerKeys, keyInfo } from '../../src/credential/index.ts'
import { encodeCard } from '../../src/features/trust/index.ts'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, explain, visibleText } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

const app = e2eApp()
let operator: Page
const organisation = keyInfo(generateTrainerKeys().publicKey)

const receiveScreen = async () => {
  await operator.goto(`${app.server.origin}/recevoir`)
  await operator.getByLabel('Lien reçu').waitFor()
}
const paste = async (text: string) => {
  await operator.getByLabel('Lien reçu').fill(text)
  await operator.getByRole('button', { name: 'Ouvrir le lien' }).click()
}

beforeAll(async () => {
  operator = await app.newPage({ viewport: { width: 1280, height: 900 } })
  operator.on('pageerror', (e) => console.error('page error:', e.message))
  await operator.goto(app.server.origin)
  await explain(operator, () => chooseMode(operator, 'operator'))
})

test("an organisation's card opens the trusted organisations with its fingerprint to confirm", async () => {
  await receiveScreen()
  await paste(encodeCard({ kind: 'organisation', name: 'CISP Le Tremplin', did: organisation.did }))
  await explain(operator, () => operator.waitForURL(/\/confiance$/, { timeout: 20_000 }))
  const confirm = operator.getByRole('button', { name: 'Oui, faire confiance' })
  await confirm.waitFor()
  expect(await visibleText(operator.locator('main'))).toContain(
    `CISP Le Tremplin — ${organisation.fingerprint}`,
  )
  await confirm.click()
  await expect
    .poll(() => visibleText(operator.locator('main ul.trust-orgs')))
    .toContain(organisation.fingerprint)
})

test('a trainer’s card is named with the way to its screen; a text that is nothing of ours is refused', async () => {
  await receiveScreen()
  await paste('https://example.org/une-page')
  await expect
    .poll(() => visibleText(operator.getByRole('alert')))
    .toContain("Ce n'est pas un lien ni un code Livret")

  await paste(encodeCard({ kind: 'trainer', name: 'Julie Martin', did: organisation.did }))
  const notice = operator.locator('main .op-other')
  await expect.poll(() => visibleText(notice)).toContain('Carte d’un formateur')
  expect(await notice.getByRole('link', { name: 'Continuer' }).getAttribute('href')).toBe('/organisation')
  await shot(operator, 'receive-trainer-card-desktop')
  await operator.setViewportSize({ width: 360, height: 740 })
  await shot(operator, 'receive-trainer-card-360')
  await expectNoAxeViolations(operator, '/recevoir (trainer card named, 360 px)')
})
