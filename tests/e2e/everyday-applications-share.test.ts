// Issue 13 §3 on a 360 px phone in real Chromium: the job applications log is shared only when the
// person picks applications one by one in the share sheet's private part (like the journal). Two are
// logged, one is picked: the preview and the professional who opens the share see that one only, never
// the other. axe on the share sheet's private part and on the professional's view.
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, openApp, visibleText } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { saveForm } from './helpers/booklet-steps.ts'
import { mainText, openShareLinkInPage } from './operator-support.ts'
import { fillSheet, previewAndCreate } from './share-steps.ts'

const app = e2eApp()
let holder: Page
const RECIPIENT = 'Forem Namur'
const PICKED = { employer: 'Boulangerie Dupuis', job: 'Vendeuse', next: 'Rappeler la gérante' }
const UNPICKED = { employer: 'Agence Intérim Secret', job: 'Magasinière', next: 'Envoyer ma lettre' }

beforeAll(async () => {
  holder = await app.newPage({ viewport: { width: 360, height: 740 } })
  await openApp(holder, app.server.origin, '/candidatures')
  for (const a of [PICKED, UNPICKED]) {
    await holder.getByRole('button', { name: 'Ajouter une candidature' }).click()
    await holder.getByLabel('Où ? (entreprise, organisme)').fill(a.employer)
    await holder.getByLabel('Quel emploi ?').fill(a.job)
    await holder.getByLabel('Prochaine étape (facultatif)').fill(a.next)
    await saveForm(holder)
    await holder.getByRole('heading', { level: 3, name: `${a.job} — ${a.employer}` }).waitFor()
  }
})

test('only the job application picked one by one reaches the professional', async () => {
  await openApp(holder, app.server.origin, '/partager/nouveau')
  await holder.getByLabel('Avec qui ?').waitFor()
  await fillSheet(holder, { recipient: RECIPIENT, whole: [] })
  // The applications are behind the private part's warning, never offered whole.
  expect(await holder.getByRole('checkbox', { name: /Vendeuse/ }).count()).toBe(0)
  await holder.getByRole('button', { name: 'Choisir des informations privées' }).click()
  const group = holder.getByRole('group', { name: 'Mes candidatures' })
  await group.waitFor()
  expect(await group.getByRole('checkbox').count()).toBe(2)
  await group.getByRole('checkbox', { name: new RegExp(`${PICKED.job} · ${PICKED.employer}`) }).check()
  await expectNoAxeViolations(holder, '/partager/nouveau (applications picked one by one)')
  await group.scrollIntoViewIfNeeded()
  await shot(holder, 'share-applications-360', false)
  await holder.getByRole('button', { name: 'Voir ce que la personne verra' }).click()
  const preview = holder.locator('.share-preview-section[data-section="applications"]')
  await preview.waitFor()
  const previewText = await visibleText(preview)
  expect(previewText).toContain(PICKED.employer)
  expect(previewText).not.toContain(UNPICKED.employer)
  await holder.goBack()
  const link = await previewAndCreate(holder, RECIPIENT)

  const operator = await app.newPage()
  await openApp(operator, app.server.origin)
  await chooseMode(operator, 'operator')
  await openShareLinkInPage(operator, link)
  await explain(operator, async () => {
    await until(async () => (await mainText(operator)).includes(PICKED.employer), {
      what: 'the picked job application',
    })
  })
  const part = operator.locator('section.op-part', { has: operator.locator('#op-applications') })
  const text = (await visibleText(part)).replace(/\s+/g, ' ')
  expect(text).toContain(`${PICKED.job} · ${PICKED.employer}`)
  expect(text).toContain(PICKED.next)
  expect(text).toContain('E-mail')
  await part.scrollIntoViewIfNeeded()
  await shot(operator, 'operator-applications', false)
  const all = await mainText(operator)
  for (const secret of Object.values(UNPICKED)) expect(all).not.toContain(secret)
  await expectNoAxeViolations(operator, 'operator view with a job application')
})
