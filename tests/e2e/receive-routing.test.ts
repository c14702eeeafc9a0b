// Issue 12 §1 in real Chromium, the professional at a desk (1280×900): everything a person may hand
// over is pasted (or chosen, for a file) on "Recevoir un livret" only — no typed address — and each
// kind is routed to the screen that handles it, with one plain sentence saying what it was and where
// the person is going: a share (received, then "Livrets reçus"), a proposal invitation ("Proposer au
// plan"), a validation request ("Valider des compétences"), an endorsement for a trainer, long and
// as a short link ("Formateur"), a trust list file ("Organisations de confiance", ready to accept).
// axe WCAG 2.2 AA on the receive screen after routing, with a refusal shown.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { validationFixture } from '../../src/booklet/validation-fixture.ts'
import { generateTrainerKeys, keyInfo } from '../../src/credential/index.ts'
import { makeHandover } from '../../src/features/handover/index.ts'
import { createProposalInbox } from '../../src/features/proposals/links.ts'
import { signTrustList } from '../../src/features/trust/index.ts'
import { createValidationRequest } from '../../src/features/validations/request.ts'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, explain, visibleText } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { shareOnRelay } from './operator-support.ts'

const app = e2eApp()
let desk: Page
const booklet = validationFixture()

beforeAll(async () => {
  desk = await app.newPage({ viewport: { width: 1280, height: 900 } })
  desk.on('pageerror', (e) => console.error('page error:', e.message))
  await desk.goto(app.server.origin)
  await explain(desk, () => chooseMode(desk, 'operator'))
})

/** The receive screen, reached from the menu as the professional would. */
async function receiveScreen(): Promise<void> {
  const link = desk
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Recevoir un livret', exact: true })
  if (!(await link.isVisible())) await desk.locator('summary', { hasText: 'Menu' }).click()
  await link.click()
  await desk.getByLabel('Lien reçu').waitFor()
}

/** Pastes `text` on the receive screen, then waits for the screen it leads to and its sentence. */
async function pasteAndFollow(text: string, path: RegExp, sentence: string): Promise<void> {
  await receiveScreen()
  await desk.getByLabel('Lien reçu').fill(text)
  await desk.getByRole('button', { name: 'Ouvrir le lien' }).click()
  await explain(desk, () => desk.waitForURL((url) => path.test(url.pathname), { timeout: 30_000 }))
  await expect.poll(() => visibleText(desk.locator('.toast-region')), { timeout: 10_000 }).toContain(sentence)
}

const heading = () => visibleText(desk.locator('main h1').first())

test('a share link is received and opens in "Livrets reçus", saying so', async () => {
  const competence = booklet.competences[0]
  if (!competence) throw new Error('fixture without competence')
  const share = await shareOnRelay(booklet.doc, app.server.origin, {
    recipient: 'CPAS de Namur',
    sections: { competences: { ids: [competence.id] } },
  })
  await pasteAndFollow(
    share.link,
    /^\/recus\/[^/]+$/,
    'C’est un livret partagé. Il s’ouvre dans « Livrets reçus ».',
  )
})

test('a proposal invitation opens "Proposer au plan", saying so', async () => {
  const made = createProposalInbox({ relayOrigin: app.server.origin, professional: 'Mme Dupont' })
  await pasteAndFollow(
    made.link,
    /^\/proposer/,
    'C’est une invitation à proposer des étapes. Vous allez sur « Proposer au plan ».',
  )
  await expect.poll(() => desk.getByLabel('Votre nom').inputValue(), { timeout: 20_000 }).toBe('Mme Dupont')
})

test('a validation request opens "Valider des compétences", saying so', async () => {
  const ids = booklet.competences.map((c) => c.id)
  const request = createValidationRequest(booklet.doc, ids, 'M. Lambert', { relayOrigin: app.server.origin })
  if (!request.ok) throw new Error(request.code)
  await pasteAndFollow(
    request.value.link,
    /^\/valider$/,
    'C’est une demande de validation. Vous allez sur « Valider des compétences ».',
  )
  await expect.poll(heading).toContain('Valider')
})

const ENDORSEMENT = 'livret-endorsement:1:eyJub3QiOiJjaGVja2VkIGhlcmUifQ'
const TO_TRAINER = 'C’est une reconnaissance pour un formateur. Vous allez dans l’espace « Formateur ».'

test('an endorsement, long or behind a short link, opens the trainer’s home, saying so', async () => {
  await pasteAndFollow(ENDORSEMENT, /^\/formateur$/, TO_TRAINER)
  await expect.poll(heading).toContain('Formateur')

  const short = await makeHandover(app.server.origin, ENDORSEMENT)
  if (!short.ok) throw new Error(short.code)
  await pasteAndFollow(short.value.shortLink, /^\/formateur$/, TO_TRAINER)
})

test('a trust list file opens "Organisations de confiance", ready to accept, saying so', async () => {
  const organisation = keyInfo(generateTrainerKeys().publicKey)
  const list = await signTrustList({
    id: 'urn:uuid:5b0f2c57-5a7e-4b7c-9d0e-3f1a2b3c4d5e',
    name: 'Réseau des CISP',
    version: 1,
    signer: { name: 'Interfédé', keys: generateTrainerKeys() },
    validFrom: new Date('2026-01-01T00:00:00Z'),
    validUntil: new Date('2036-01-01T00:00:00Z'),
    organisations: [{ did: organisation.did, name: 'CISP Le Tremplin' }],
  })
  const path = join(mkdtempSync(join(tmpdir(), 'livret-trust-')), 'reseau.json')
  writeFileSync(path, JSON.stringify(list))
  await receiveScreen()
  await desk.getByLabel('Fichier de partage', { exact: true }).setInputFiles(path)
  await explain(desk, () => desk.waitForURL(/\/confiance$/, { timeout: 20_000 }))
  await expect
    .poll(() => visibleText(desk.locator('.toast-region')))
    .toContain('C’est une liste d’organisations de confiance. Vous allez sur « Organisations de confiance ».')
  await expect.poll(() => visibleText(desk.locator('main .trust-confirm'))).toContain('Réseau des CISP')
  await desk.locator('main .trust-confirm').getByRole('button').first().click()
  await expect.poll(() => visibleText(desk.locator('main ul.trust-orgs'))).toContain(organisation.fingerprint)
})

test('the receive screen passes axe after routing, with a refusal shown', async () => {
  await receiveScreen()
  await desk.getByLabel('Lien reçu').fill('https://example.org/une-page')
  await desk.getByRole('button', { name: 'Ouvrir le lien' }).click()
  await expect
    .poll(() => visibleText(desk.getByRole('alert')))
    .toContain("Ce n'est pas un lien ni un code Livret")
  await expectNoAxeViolations(desk, '/recevoir (after routing, refusal shown)')
})
