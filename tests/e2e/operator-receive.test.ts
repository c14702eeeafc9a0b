// Operator mode in real Chromium against the relay that serves the app: shares made on the Node
// side with the real service code are received by link (exactly the shared content, nothing else),
// a live share follows the holder's change within 2 s, tampered links are refused in plain words,
// a revoked share says so on reload (its copy erased), and axe finds nothing on these screens.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ensureHolderRef, putItem, putValidation, readItem } from '../../src/booklet/index.ts'
import { projectionFixture, SECRETS } from '../../src/booklet/projection-fixture.ts'
import { assessment } from '../../src/booklet/validation-fixture.ts'
import { generateTrainerKeys, issueCredential, verifyCredential } from '../../src/credential/index.ts'
import { revokeShare } from '../../src/features/share/control.ts'
import type { CreatedShare } from '../../src/features/share/service.ts'
import { validationFromCredential } from '../../src/features/validations/verify.ts'
import { parseRoomFragment, roomLink } from '../../src/transport/room-keys.ts'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, explain, mainHeading, openApp, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { flipChar, mainText, openShareLinkInPage, shareOnRelay } from './operator-support.ts'

const RECIPIENT = 'CPAS de Namur — service insertion'
const app = e2eApp()
let context: BrowserContext
let page: Page
const fixture = projectionFixture()
const { ids } = fixture
const running: CreatedShare[] = []

beforeAll(async () => {
  context = await app.newContext()
  page = await context.newPage()
  await openApp(page, app.server.origin)
  await chooseMode(page, 'operator')
})

afterAll(async () => {
  for (const s of running) s.stop()
})

describe('operator: receiving a share by link', () => {
  let snapshot: CreatedShare
  let snapshotId: string

  test('the operator home lists nothing yet and leads to /recevoir; both pass axe', async () => {
    expect(await mainHeading(page)).toBe('Livrets reçus')
    // The list reads the device's records after the heading shows ("Chargement…" until then).
    await page.locator('main').getByText('Aucun livret reçu pour le moment.').waitFor({ timeout: 15_000 })
    expect(await mainText(page)).toContain('Aucun livret reçu pour le moment.')
    await expectNoAxeViolations(page, '/recus (empty)')
    await page.getByRole('link', { name: 'Recevoir un livret' }).first().click()
    await waitForApp(page)
    expect(new URL(page.url()).pathname).toBe('/recevoir')
    for (const name of ['Scanner le code QR', 'Coller un lien', 'Ouvrir un fichier de partage'])
      await page.getByRole('heading', { level: 2, name }).waitFor()
    await expectNoAxeViolations(page, '/recevoir')
  })

  test('opens a snapshot link: exactly the shared items, when and until when, the key out of the address', async () => {
    // A trainer's signed validation of the picked competence travels with it.
    const credential = await issueCredential({
      trainer: { name: 'Mme Dubois', organisation: 'CISP Le Chantier' },
      keys: generateTrainerKeys(),
      holderIdentifier: ensureHolderRef(fixture.doc),
      competence: { id: ids.cPicked, label: 'PICKED-COMP à l’heure', family: 'savoir-etre' },
      assessment: assessment(),
    })
    const verified = await verifyCredential(credential)
    if (!verified.ok) throw new Error(verified.code)
    const validation = (await validationFromCredential(verified.value, ids.cPicked)) ?? expect.unreachable()
    expect(putValidation(fixture.doc, validation).ok).toBe(true)
    snapshot = await shareOnRelay(fixture.doc, app.server.origin, {
      recipient: RECIPIENT,
      profile: ['city'],
      sections: {
        experiences: { ids: [ids.exPicked] },
        competences: { ids: [ids.cPicked] },
        projects: { ids: [ids.prPicked] },
      },
    })
    snapshotId = await explain(page, () => openShareLinkInPage(page, snapshot.link))
    expect(page.url()).not.toContain('#')
    expect(await mainHeading(page)).toBe('Amina')
    const text = await mainText(page)
    for (const shown of [
      RECIPIENT,
      'PICKED-EXP banque alimentaire',
      'PICKED-COMP à l’heure',
      'PICKED-PROJECT commis',
      'Namur',
      'Copie du jour du partage',
      'Partagé le',
      "Valable jusqu'au",
    ])
      expect(text).toContain(shown)
    for (const secret of [...SECRETS, 'PICKED-PATH CISP', 'JOURNAL-PICKED', 'MOBILITY-SHARED'])
      expect(text).not.toContain(secret)
    // The signed validation is verified on the operator's device; the sample one carries no real
    // signature and is never shown as verified.
    await expect
      .poll(() => mainText(page), { timeout: 15_000 })
      .toMatch(
        /Par Mme Dubois, CISP Le Chantier, le [^\n]*\s+Ce que le formateur a vu : Service du midi, trois semaines\.\s+Commentaire du formateur : Ponctuel et soigneux\.\s+Signature correcte, organisation inconnue de vous — empreinte/,
      )
    await expect.poll(() => mainText(page)).toMatch(/Par M\. Lambert, [^\n]*\s+Impossible à vérifier/)
    expect(await mainText(page)).not.toContain('organisation de confiance')
    await expectNoAxeViolations(page, '/recus/<id>')
    // Printing hides the controls and keeps the content.
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false)
    expect(await page.getByText('PICKED-COMP à l’heure').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    await page.goto(`${app.server.origin}/recus`)
    await waitForApp(page)
    const item = page.locator('main li', { hasText: RECIPIENT })
    await item.waitFor()
    expect(await item.textContent()).toContain('Copie du jour du partage')
    await expectNoAxeViolations(page, '/recus (with items)')
  })

  // How fast: `npm run bench:share` prints it (liveMs).
  test('a live share shows the holder’s change', async () => {
    const live = await shareOnRelay(fixture.doc, app.server.origin, {
      recipient: 'Forem — conseillère',
      mode: 'live',
      sections: { competences: { ids: [ids.cPicked] } },
    })
    running.push(live)
    await openShareLinkInPage(page, live.link)
    await page.getByText('En direct : à jour').waitFor()
    const current = readItem(fixture.doc, 'competences', ids.cPicked)
    if (!current.ok) throw new Error(current.code)
    const label = 'Accueillir le public avec le sourire'
    putItem(fixture.doc, 'competences', { ...current.value, label })
    await page.getByText(label).waitFor()
  })

  test('a tampered link is refused with a clear message, nothing stored', async () => {
    const cap = parseRoomFragment(snapshot.link.split('#')[1] ?? '') ?? expect.unreachable()
    await page.goto(snapshot.link.replace(`token=${cap.token}`, `token=${flipChar(cap.token, 40)}`))
    await waitForApp(page)
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Ce lien a été modifié ou abîmé')
    // Pasted at /recevoir, a link whose key was changed is refused once the sealed content fails to open.
    const otherKey = globalThis.crypto.getRandomValues(new Uint8Array(32))
    await page.goto(`${app.server.origin}/recevoir`)
    await waitForApp(page)
    await page
      .getByLabel('Lien reçu')
      .fill(roomLink(app.server.origin, { ...cap, roomKey: otherKey }, '/recu'))
    await page.getByRole('button', { name: 'Ouvrir le lien' }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('La clé de ce lien ne correspond pas')
    await page.goto(`${app.server.origin}/recus`)
    await waitForApp(page)
    await page.locator('main li').first().waitFor()
    expect(await page.locator('main li.op-item').count()).toBe(2)
  })

  test('a revoked share says so in plain words on reload, and its copy is erased', async () => {
    const revoked = await revokeShare(snapshot.record, { relayOrigin: app.server.origin })
    expect(revoked.ok).toBe(true)
    await page.goto(`${app.server.origin}/recus/${snapshotId}`)
    await waitForApp(page)
    await page.reload()
    await waitForApp(page)
    await page.getByText('La personne a retiré ce partage.').waitFor()
    const text = await mainText(page)
    expect(text).toContain('effacé de cet appareil')
    expect(text).not.toContain('PICKED-COMP à l’heure')
    await expectNoAxeViolations(page, 'revoked share')
    // Its link now says the same.
    await page.goto(snapshot.link)
    await waitForApp(page)
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('La personne a retiré ce partage.')
  })
})
