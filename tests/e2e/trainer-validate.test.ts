// Trainer mode in real Chromium against the app app.server's relay (scenario 3, trainer side). The holder's
// side runs in Node with the real service code: a validation request for three competences, its share
// and inbox rooms held open. In the trainer's app.browser: create the identity (fingerprint shown), open
// the link, validate three competences (one partly), sign and send; Node reads the inbox and checks
// the three credentials with Livret's verifier and with Digital Bazaar's independent one. Then the
// offline case: signed with the network cut, one result waits in the outbox, and leaves once back
// online. axe (WCAG 2.2 AA) on the trainer home with an identity, the form and the outbox state.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { isHolder, verifyCredential } from '../../src/credential/index.ts'
import { readValidations, receiveValidations } from '../../src/features/validations/verify.ts'
import { inboxMessages, readInbox } from '../../src/protocol/inbox.ts'
import type { SealedRoom } from '../../src/transport/sealed-room.ts'
import { type RequestLog, trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { independentVerify, offlineLoader } from '../support/independent-verifier.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { assess, assessScenarioThree, holderRequest } from './helpers/trainer-steps.ts'

const app = e2eApp()
const rooms: SealedRoom[] = []
const logs: RequestLog[] = []

afterAll(async () => {
  for (const r of rooms.splice(0)) r.destroy()
})

// The trainer's status list, as the app published it on the relay (loopback).
const documentLoader = offlineLoader(async (url) => {
  if (!url.startsWith(`${app.server.origin}/status/`)) return undefined
  const res = await fetch(url)
  if (!res.ok) throw new Error(`status list not on the relay (${res.status}): ${url}`)
  return res.json()
})
/** Waits until the status list a credential points to is on the relay (the status runtime publishes it). */
const statusPublished = async (credential: unknown) => {
  const url = (credential as { credentialStatus?: { statusListCredential?: string } }).credentialStatus
    ?.statusListCredential
  if (!url) throw new Error('credential without credentialStatus')
  await until(async () => (await fetch(url)).ok, { what: `status list published at ${url}` })
}

const pending = (page: Page) => page.locator('.outbox-state').first().getAttribute('data-pending')

describe('trainer validates a holder request', () => {
  let context: BrowserContext
  let page: Page
  let fingerprint = ''

  beforeAll(async () => {
    context = await app.newContext()
    logs.push(trackRequests(context, app.server.origin))
    page = await context.newPage()
    await page.goto(app.server.origin)
    await chooseMode(page, 'trainer')
  })

  test('creates the identity on the device and shows its fingerprint', async () => {
    await explain(page, async () => {
      await page.getByLabel('Votre nom').fill('Marc Lambert')
      await page.getByLabel('Votre organisation').fill('CISP Le Chantier')
      await page.getByRole('button', { name: 'Créer mon identité' }).click()
      const fp = page.locator('.fingerprint-groups')
      await fp.waitFor()
      fingerprint = (await fp.getAttribute('data-fingerprint')) ?? ''
    })
    expect(fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    expect(await page.locator('.fingerprint-group').allInnerTexts()).toEqual(fingerprint.split('-'))
    await page.reload()
    await waitForApp(page)
    expect(await page.locator('.fingerprint-groups').getAttribute('data-fingerprint')).toBe(fingerprint)
    await expectNoAxeViolations(page, 'trainer home with identity')
  })

  test('validates three competences (one partly); the holder gets three verifying credentials', async () => {
    const { f, link, inboxDoc } = await holderRequest(app.server.origin, rooms, 'Marc Lambert', (x) =>
      x.competences.map((c) => c.id),
    )
    expect(link).toContain('/valider#')
    await explain(page, async () => {
      await page.goto(link)
      await page.locator('fieldset.assessment-card').nth(2).waitFor()
    })
    const [c1, c2, c3] = f.competences
    if (!c1 || !c2 || !c3) throw new Error('fixture')
    await assessScenarioThree(page, [c1.label, c2.label, c3.label], 'Bonne base.')
    await expectNoAxeViolations(page, 'validation form filled')
    await page.getByRole('button', { name: 'Signer et envoyer' }).click()
    await explain(page, () =>
      page.getByText('Aucun résultat en attente : tout est envoyé.').first().waitFor({ timeout: 15_000 }),
    )
    await until(async () => (await page.locator('[data-signed-state="sent"]').count()) === 3, {
      what: 'three results shown as sent',
      timeout: 20_000,
    })
    await until(async () => inboxMessages(inboxDoc).length === 3, { what: 'holder inbox has three messages' })

    const { items, rejected } = readInbox(inboxDoc)
    expect(rejected).toEqual([])
    for (const { message } of items) {
      if (message.type !== 'livret.credential') throw new Error('not a credential')
      const mine = await verifyCredential(message.credential)
      expect(mine.ok).toBe(true)
      if (!mine.ok) continue
      expect(mine.value.fingerprint).toBe(fingerprint)
      expect(isHolder(mine.value.holderIdentity, f.holderRef)).toBe(true)
      await statusPublished(message.credential)
      const theirs = await independentVerify(message.credential, documentLoader, true)
      expect(theirs.verified, JSON.stringify(theirs.error ?? null)).toBe(true)
      expect(JSON.stringify(message.credential)).not.toContain('Amina')
    }
    const report = await receiveValidations(f.doc, inboxDoc)
    expect(report.rejected).toEqual([])
    const byCompetence = new Map(report.added.map((v) => [v.competenceId as string, v]))
    expect([c1, c2, c3].map((c) => byCompetence.get(c.id)?.status)).toEqual([
      'validated',
      'validated',
      'partial',
    ])
    expect([c1, c2, c3].map((c) => byCompetence.get(c.id)?.level)).toEqual([3, 4, 2])
    expect(byCompetence.get(c3.id)?.comment).toBe('Reste à acquérir : le coup de feu du midi\nBonne base.')
    expect(byCompetence.get(c2.id)?.method).toBe('test')
    expect((await readValidations(f.doc)).map((v) => v.state)).toEqual(['verified', 'verified', 'verified'])
  })

  test('offline: signs now, one result waits in the outbox, and leaves once back online', async () => {
    const { f, link, inboxDoc } = await holderRequest(app.server.origin, rooms, 'Marc Lambert', (x) => [
      x.unrelated.id,
    ])
    await explain(page, async () => {
      await page.goto(link)
      // This request's own card: the previous request's cards may still be shown for a moment (the
      // link differs only in its fragment), and once offline the new one could no longer load.
      await page
        .locator('fieldset.assessment-card', { has: page.locator('legend', { hasText: f.unrelated.label }) })
        .waitFor()
    })
    await context.setOffline(true)
    try {
      await assess(page, f.unrelated.label, {
        status: 'Validé',
        level: '3 — Fait seul·e',
        method: 'Entretien',
      })
      await page.getByRole('button', { name: 'Signer et envoyer' }).click()
      await explain(page, () =>
        page
          .getByText("1 résultat en attente d'envoi — il partira dès que la connexion revient")
          .first()
          .waitFor(),
      )
      expect(await pending(page)).toBe('1')
      expect(await page.locator('[data-signed-state="pending"]').count()).toBe(1)
      await expectNoAxeViolations(page, 'outbox with one result waiting')
      expect(inboxMessages(inboxDoc).length).toBe(0)
    } finally {
      await context.setOffline(false)
    }
    await explain(page, () =>
      page.getByText('Aucun résultat en attente : tout est envoyé.').first().waitFor({ timeout: 15_000 }),
    )
    await until(async () => inboxMessages(inboxDoc).length === 1, { what: 'holder inbox has the result' })
    const report = await receiveValidations(f.doc, inboxDoc)
    expect(report.added.map((v) => [v.competenceId, v.status, v.method])).toEqual([
      [f.unrelated.id, 'validated', 'interview'],
    ])
  })

  test('a trainer without an identity makes one from the link, then the request opens', async () => {
    const { f, link } = await holderRequest(app.server.origin, rooms, 'Marc Lambert', (x) => [
      x.competences[0]?.id ?? '',
    ])
    const fresh = await app.newContext()
    logs.push(trackRequests(fresh, app.server.origin))
    try {
      const other = await fresh.newPage()
      await other.goto(app.server.origin)
      await chooseMode(other, 'trainer')
      await other.goto(link)
      await explain(other, () =>
        other.getByText("Pour signer, créez d'abord votre identité de formateur.").first().waitFor(),
      )
      expect(await other.locator('fieldset.assessment-card').count()).toBe(0)
      await expectNoAxeViolations(other, 'request link without identity')
      await other.getByLabel('Votre nom').fill('Julie Martin')
      await other.getByLabel('Votre organisation').fill('Mission locale')
      await other.getByRole('button', { name: 'Créer mon identité' }).click()
      const block = other.locator('fieldset.assessment-card')
      await explain(other, () => block.first().waitFor())
      expect(await block.locator(':scope > legend').allInnerTexts()).toEqual([f.competences[0]?.label])
      expect(await other.getByText('Vous signez en tant que Julie Martin (Mission locale).').count()).toBe(1)
    } finally {
      await fresh.close()
    }
  })

  test('nothing left the app origin', () => {
    for (const log of logs) log.assertSameOrigin()
  })
})
