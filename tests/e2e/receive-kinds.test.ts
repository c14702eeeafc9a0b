// Issue 12 §1 in real Chromium: the professional's receive screen takes what is not a booklet too.
// An organisation's card pasted there opens "Organisations de confiance" with the fingerprint to
// confirm (and, confirmed, the organisation is trusted); an endorsement meant for a trainer and a
// signed trust list file (named as soon as it is chosen) are named, with a "Continuer" link to the screen that opens them; a text
// that is nothing of ours is still refused in plain words. axe WCAG 2.2 AA with the notice shown.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { generateTrainerKeys, keyInfo } from '../../src/credential/index.ts'
import { encodeCard, signTrustList } from '../../src/features/trust/index.ts'
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

test('an endorsement and a trust list file are named, with the way to the screen that opens them', async () => {
  await receiveScreen()
  await paste('https://example.org/une-page')
  await expect
    .poll(() => visibleText(operator.getByRole('alert')))
    .toContain("Ce n'est pas un lien ni un code Livret")

  await paste('livret-endorsement:1:eyJub3QiOiJjaGVja2VkIGhlcmUifQ')
  const notice = operator.locator('main .op-other')
  await expect.poll(() => visibleText(notice)).toContain('Reconnaissance d’un formateur')
  expect(await notice.getByRole('link', { name: 'Continuer' }).getAttribute('href')).toBe('/formateur')
  await expectNoAxeViolations(operator, '/recevoir (endorsement named)')

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
  await operator.getByLabel('Fichier de partage', { exact: true }).setInputFiles(path)
  await expect.poll(() => visibleText(notice)).toContain('Liste de confiance')
  expect(await notice.getByRole('link', { name: 'Continuer' }).getAttribute('href')).toBe('/confiance')
  await shot(operator, 'receive-trust-list-desktop')
  await operator.setViewportSize({ width: 360, height: 740 })
  await shot(operator, 'receive-trust-list-360')
  await expectNoAxeViolations(operator, '/recevoir (trust list named, 360 px)')
})
