// The counsellor proposes with no network: the proposal is kept on the device with a visible status,
// survives a reload, and leaves once the network is back; the holder then receives it. The kept link
// is listed at /proposer (axe there too).
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, explain, visibleText, waitForApp, waitForServiceWorkerControl } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

const app = e2eApp()
let holder: Page
let operatorContext: BrowserContext
let operator: Page

beforeAll(async () => {
  holder = await app.newPage()
  operatorContext = await app.newContext()
  operator = await operatorContext.newPage()
})

/** Like waitForApp, with room for a loaded machine (the first start also precaches the app). */
const waitForScreen = (page: Page) =>
  page.locator('main h1').first().waitFor({ state: 'visible', timeout: 60_000 })
const card = (title: string) => operator.locator('main li[data-proposal]', { hasText: title })
const status = () => visibleText(operator.getByTestId('propose-status'))

test('a proposal made offline is kept, survives a reload, and is sent when back online', async () => {
  await holder.goto(app.server.origin)
  await explain(holder, () => chooseMode(holder, 'holder'))
  await holder.goto(`${app.server.origin}/propositions`)
  await explain(holder, () => waitForScreen(holder))
  await holder.getByLabel('Nom du professionnel').fill('Karim')
  await holder.getByRole('button', { name: 'Créer le lien' }).click()
  const linkField = holder.getByRole('textbox', { name: 'Lien pour proposer' })
  await explain(holder, () => linkField.waitFor({ timeout: 15_000 }))
  const link = await linkField.inputValue()

  await operator.goto(app.server.origin)
  await explain(operator, () => chooseMode(operator, 'operator'))
  await waitForServiceWorkerControl(operator)
  await operator.goto(link)
  await explain(operator, () => operator.waitForURL(/\/proposer\/[A-Za-z0-9_-]+$/, { timeout: 15_000 }))
  await expect.poll(status).toContain('Connecté')

  await operatorContext.setOffline(true)
  await explain(operator, () => expect.poll(status, { timeout: 15_000 }).toContain('Pas de connexion'))
  const form = operator.locator('main form')
  await form.getByLabel('Objectif', { exact: true }).fill('Passer le permis B')
  await form.getByLabel('Ce qu’il faut faire').fill('S’inscrire à l’auto-école sociale')
  await form.getByLabel('La personne s’engage à… (facultatif)').fill('aller aux cours de code')
  await form.getByLabel('Karim s’engage à… (facultatif)').fill('demander l’aide à la mobilité')
  await form.getByRole('button', { name: 'Envoyer la proposition' }).click()
  await expect
    .poll(() => visibleText(operator.getByRole('status').filter({ hasText: 'Proposition' })))
    .toContain('Proposition gardée sur cet appareil')
  expect(await visibleText(card('Passer le permis B'))).toContain('Pas encore envoyée')

  // Still offline: a reload (served by the service worker) keeps it.
  await operator.reload()
  await waitForApp(operator)
  await explain(operator, () =>
    expect.poll(() => visibleText(card('Passer le permis B'))).toContain('Pas encore envoyée'),
  )
  expect(await status()).toContain('Pas de connexion')

  await operatorContext.setOffline(false)
  await explain(operator, () =>
    expect
      .poll(() => visibleText(card('Passer le permis B')), { timeout: 30_000 })
      .toContain('Envoyée, pas encore de réponse'),
  )
  expect(await status()).toContain('Connecté')
  await explain(holder, () =>
    expect.poll(() => holder.locator('main li.proposal').count(), { timeout: 15_000 }).toBe(1),
  )
  expect(await visibleText(holder.locator('main li.proposal'))).toContain(
    'Karim s’engage à : demander l’aide à la mobilité',
  )

  // The operator comes back later through the menu entry: the kept link is listed.
  await operator.goto(`${app.server.origin}/proposer`)
  await waitForApp(operator)
  await explain(operator, () => operator.getByRole('link', { name: 'Proposer', exact: true }).waitFor())
  await expectNoAxeViolations(operator, '/proposer (kept links)')
})
