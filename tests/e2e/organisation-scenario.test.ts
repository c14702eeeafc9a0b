// Issue 11, "How it is checked", end to end in real Chromium with the app server's relay. People use
// only their screens (and the links a person would receive):
// - an organisation (phone, trainer mode, /organisation) creates its identity and, face to face with a
//   trainer (phone), reads the trainer's card (pasted text of the QR), checks the fingerprint and signs
//   an endorsement, which the trainer adds on its own screen;
// - the trainer validates three competences of a holder (one partly); the holder's side runs in Node
//   with the real service code (request, inbox, share to the professionals);
// - a professional who trusts the organisation (its card pasted in /confiance) sees two "Validé" and
//   one "Validé partiellement" with what remains, all "organisation de confiance"; one who does not
//   sees "organisation inconnue" with the organisation's fingerprint;
// - the trainer withdraws one validation from its history; both professionals see "Retirée" at their
//   next check; offline, the last known state and its date ("État vérifié le …") stay on screen;
// - a withdrawal made offline says it will be published when the connection is back, and is.
// axe (WCAG 2.2 AA) on every new screen, and every tappable thing at least 44×44 px at 360 px.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { validationFixture } from '../../src/booklet/validation-fixture.ts'
import type { CreatedShare } from '../../src/features/share/service.ts'
import type { OwnedRoom } from '../../src/features/validations/request.ts'
import { createValidationRequest } from '../../src/features/validations/request.ts'
import { receiveValidations } from '../../src/features/validations/verify.ts'
import { inboxMessages } from '../../src/protocol/inbox.ts'
import { SealedRoom } from '../../src/transport/sealed-room.ts'
import { type RequestLog, trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { goTo } from './helpers/devices-steps.ts'
import { mainText, openShareLinkInPage, shareOnRelay } from './operator-support.ts'
import { readQrCodes } from './share-steps.ts'

const app = e2eApp()
const PHONE = { viewport: { width: 360, height: 740 } }
const ORG = 'CISP Le Tremplin'
const rooms: SealedRoom[] = []
const running: CreatedShare[] = []
const logs: RequestLog[] = []
let orgPage: Page
let trainer: Page
let trainerContext: BrowserContext
let orgFingerprint = ''
let orgCard = ''
let shareLink = ''
let labels: string[] = []

afterAll(() => {
  for (const r of rooms.splice(0)) r.destroy()
  for (const s of running.splice(0)) s.stop()
})

/** Every visible tappable thing smaller than 44×44 px (a radio or checkbox counts by its label). */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = []
    for (const el of document.querySelectorAll(
      'main a[href], main button, main summary, main select, main input, main textarea',
    )) {
      let target: Element = el
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox'))
        target = el.closest('label') ?? el
      const s = getComputedStyle(target)
      const r = target.getBoundingClientRect()
      if (s.visibility === 'hidden' || s.display === 'none' || r.width <= 1 || r.height <= 1) continue
      if (
        el.matches('a') &&
        el.parentElement &&
        [...el.parentElement.childNodes].some(
          (n) => n !== el && n.nodeType === 3 && (n.textContent ?? '').trim(),
        )
      )
        continue
      if (r.width < 43.5 || r.height < 43.5)
        out.push(
          `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`,
        )
    }
    return out
  })

/** Opens a screen from the menu, as a person does. */
async function menuTo(page: Page, name: string): Promise<void> {
  await page.locator('details.menu > summary').click()
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name }).click()
  await waitForApp(page)
}

/** The holder's side in Node: a request for the three fixture competences, rooms held open. */
async function holderRequest() {
  const f = validationFixture()
  const req = createValidationRequest(
    f.doc,
    f.competences.map((c) => c.id),
    'Marie Dupont',
    { relayOrigin: app.server.origin, path: '/valider' },
  )
  if (!req.ok) throw new Error(req.code)
  const open = (o: OwnedRoom, doc: Y.Doc) => {
    const room = new SealedRoom({
      serverUrl: app.server.origin,
      roomId: o.secrets.roomId,
      token: o.writeToken,
      roomKey: o.secrets.roomKey,
      doc,
      role: 'write',
      WebSocketPolyfill: WebSocket,
      batchMs: 20,
    })
    rooms.push(room)
    return room
  }
  const share = open(req.value.share, req.value.shareDoc)
  const inboxDoc = new Y.Doc()
  open(req.value.inbox, inboxDoc)
  await until(async () => share.status.status === 'synced', { what: 'share synced' })
  await share.flush()
  return { f, link: req.value.link, inboxDoc }
}

/** Fills the trainer's block of one competence. */
async function assess(
  page: Page,
  label: string,
  a: { status: string; level: string; method: string; remains?: string },
) {
  const block = page.locator('fieldset.assessment-card', { has: page.locator('legend', { hasText: label }) })
  await block.getByRole('radio', { name: a.status, exact: true }).check()
  if (a.remains) await block.getByLabel('Ce qui reste à acquérir').fill(a.remains)
  await block.getByLabel('Niveau atteint').selectOption({ label: a.level })
  await block.getByLabel("Méthode d'évaluation").selectOption({ label: a.method })
}

/** A professional's desktop page in operator mode. */
async function professional(): Promise<{ page: Page; context: BrowserContext }> {
  const context = await app.newContext({ viewport: { width: 1280, height: 900 } })
  logs.push(trackRequests(context, app.server.origin))
  const page = await context.newPage()
  await page.goto(app.server.origin)
  await chooseMode(page, 'operator')
  return { page, context }
}

/** The share's text once the three validations are checked, spaces normalised. */
async function validationsText(page: Page): Promise<string> {
  const states = page.locator('[data-testid="validation-card"] .val-state:not(.val-checking)')
  await expect.poll(() => states.count(), { timeout: 45_000 }).toBe(3)
  return (await mainText(page)).replace(/\s+/g, ' ')
}

const count = (text: string, part: string) => text.split(part).length - 1

describe('an organisation vouches for a trainer; professionals see trust and withdrawal', () => {
  let pro: { page: Page; context: BrowserContext }
  let stranger: { page: Page; context: BrowserContext }

  beforeAll(async () => {
    const orgContext = await app.newContext(PHONE)
    logs.push(trackRequests(orgContext, app.server.origin))
    orgPage = await orgContext.newPage()
    await orgPage.goto(app.server.origin)
    await chooseMode(orgPage, 'trainer')
    trainerContext = await app.newContext(PHONE)
    logs.push(trackRequests(trainerContext, app.server.origin))
    trainer = await trainerContext.newPage()
    await trainer.goto(app.server.origin)
    await chooseMode(trainer, 'trainer')
  })

  test('the organisation creates its identity and shows its card', async () => {
    await menuTo(orgPage, 'Mon organisation')
    await orgPage.getByLabel('Nom de l’organisation').waitFor()
    await expectNoAxeViolations(orgPage, '/organisation (no identity)')
    expect(await smallTargets(orgPage)).toEqual([])
    await orgPage.getByLabel('Nom de l’organisation').fill(ORG)
    await orgPage.getByLabel(/Site web de l’organisation/).fill('cisp-tremplin.be')
    await orgPage.getByRole('button', { name: 'Créer l’identité' }).click()
    const fp = orgPage.locator('[data-org-fingerprint]')
    await explain(orgPage, () => fp.waitFor())
    orgFingerprint = (await fp.getAttribute('data-org-fingerprint')) ?? ''
    expect(orgFingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    expect(await mainText(orgPage)).toContain('Nom sur le web : did:web:cisp-tremplin.be')
    orgCard = await orgPage
      .getByRole('textbox', { name: 'Code de l’organisation (texte à copier)' })
      .inputValue()
    expect(orgCard).toMatch(/^livret-card:1:/)
    await expect.poll(() => orgPage.locator('svg.qr').count()).toBeGreaterThan(0)
  })

  test('face to face: the organisation reads the trainer’s card, signs, and the trainer adds the endorsement', async () => {
    await trainer.getByLabel('Votre nom').fill('Marc Lambert')
    await trainer.getByLabel('Votre organisation').fill(ORG)
    await trainer.getByRole('button', { name: 'Créer mon identité' }).click()
    const trainerFp = await explain(trainer, async () => {
      const fp = trainer.locator('.fingerprint-groups')
      await fp.waitFor()
      return (await fp.getAttribute('data-fingerprint')) ?? ''
    })
    const card = trainer.getByRole('textbox', { name: 'Ma carte (texte à copier)' })
    await card.waitFor()
    const cardText = await card.inputValue()

    // The organisation's own card is not a trainer's: refused, nothing signed.
    await orgPage.getByLabel('Carte du formateur (texte collé)').fill(orgCard)
    await orgPage.getByRole('button', { name: 'Lire la carte' }).click()
    await orgPage
      .getByRole('alert')
      .getByText('C’est la carte d’une organisation, pas d’un formateur.')
      .waitFor()

    await orgPage.getByLabel('Carte du formateur (texte collé)').fill(cardText)
    await orgPage.getByRole('button', { name: 'Lire la carte' }).click()
    await orgPage
      .getByText(`Le formateur vous montre-t-il la même empreinte ? Marc Lambert — ${trainerFp}`)
      .waitFor()
    await orgPage.getByRole('radio', { name: '1 an' }).check()
    await expectNoAxeViolations(orgPage, '/organisation confirming a trainer')
    expect(await smallTargets(orgPage)).toEqual([])
    await orgPage.getByRole('button', { name: 'Oui, signer la garantie' }).click()
    const handover = orgPage.getByRole('textbox', { name: 'Garantie pour le formateur (texte à copier)' })
    await explain(orgPage, () => handover.waitFor())
    const endorsement = await handover.inputValue()
    expect(endorsement).toMatch(/^livret-endorsement:1:/)
    await orgPage.locator('[data-endorsement="Marc Lambert"]').waitFor()
    expect(await mainText(orgPage)).toContain(`Marc Lambert — ${trainerFp}`)
    // Handed back like the other handovers: a short QR code (version ≤ 5) and 15 digits.
    const qr = orgPage.getByRole('img', { name: 'Code QR de la garantie pour Marc Lambert' })
    await explain(orgPage, () => qr.waitFor({ timeout: 20_000 }))
    const shortLink = (await orgPage.locator('[data-short-link]').getAttribute('data-short-link')) ?? ''
    expect(shortLink).toMatch(new RegExp(`^${app.server.origin}/h#[A-Za-z0-9_-]{12}\\.[A-Za-z0-9_-]{22}$`))
    const side = Number((await qr.getAttribute('viewBox'))?.split(' ')[2])
    expect(side - 8).toBeLessThanOrEqual(37)
    expect(await readQrCodes(await qr.screenshot())).toEqual([shortLink])
    const typed = (await visibleText(orgPage.locator('.typed-code span[aria-hidden="true"]'))).trim()
    expect(typed).toMatch(/^\d{5} \d{5} \d{5}$/)
    await expectNoAxeViolations(orgPage, '/organisation with an endorsement given')
    expect(await smallTargets(orgPage)).toEqual([])
    await shot(orgPage, 'organisation-360')

    // A tampered endorsement is refused on the trainer's side; the real one is added.
    const body = endorsement.slice('livret-endorsement:1:'.length)
    const flipped = `livret-endorsement:1:${body.slice(0, 200)}${body[200] === 'A' ? 'B' : 'A'}${body.slice(201)}`
    const received = trainer.getByLabel('Garantie reçue (lien, code à 15 chiffres ou texte)')
    await received.fill(flipped)
    await trainer.getByRole('button', { name: 'Ajouter la garantie' }).click()
    await trainer
      .getByRole('alert')
      .getByText(/Rien n’a changé/)
      .waitFor()
    // The trainer scans the short QR code (its link, pasted here): taken from the relay, verified.
    await received.fill(shortLink)
    await trainer.getByRole('button', { name: 'Ajouter la garantie' }).click()
    await explain(trainer, () =>
      trainer.getByText(`Garantie de ${ORG} ajoutée (empreinte ${orgFingerprint}).`).waitFor(),
    )
    await trainer.locator(`[data-endorsed-by="${ORG}"]`).waitFor()
    await expectNoAxeViolations(trainer, 'trainer home with card and endorsement')
    expect(await smallTargets(trainer)).toEqual([])
    await shot(trainer, 'trainer-home-360')

    // The typed code still opens its own record once: typed on the receive screen, it is carried to
    // the trainer's home and imported there (the same endorsement, kept once).
    await trainer.goto(`${app.server.origin}/recevoir`)
    await trainer.getByLabel('Code à 15 chiffres').fill(typed)
    await trainer.getByRole('button', { name: 'Ouvrir le code' }).click()
    await explain(trainer, () =>
      trainer.getByText(`Garantie de ${ORG} ajoutée (empreinte ${orgFingerprint}).`).waitFor(),
    )
    expect(new URL(trainer.url()).pathname).toBe('/formateur')
    expect(new URL(trainer.url()).hash).toBe('')
    expect(await trainer.locator(`[data-endorsed-by="${ORG}"]`).count()).toBe(1)
  })

  test('the trainer validates three competences (one partly); the holder shares them', async () => {
    const { f, link, inboxDoc } = await holderRequest()
    labels = f.competences.map((c) => c.label)
    await trainer.goto(link)
    await explain(trainer, () => trainer.locator('fieldset.assessment-card').nth(2).waitFor())
    const [l1, l2, l3] = labels as [string, string, string]
    await assess(trainer, l1, { status: 'Validé', level: '3 — Fait seul·e', method: 'Mise en situation' })
    await assess(trainer, l2, { status: 'Validé', level: "4 — Peut montrer à d'autres", method: 'Test' })
    await assess(trainer, l3, {
      status: 'Partiellement',
      level: "2 — Fait avec de l'aide",
      method: 'Observation en stage',
      remains: 'le coup de feu du midi',
    })
    await trainer.getByRole('button', { name: 'Signer et envoyer' }).click()
    await until(async () => inboxMessages(inboxDoc).length === 3, {
      what: 'holder inbox has three messages',
      timeout: 30_000,
    })
    const report = await receiveValidations(f.doc, inboxDoc)
    expect(report.rejected).toEqual([])
    expect(report.added.map((v) => v.status).sort()).toEqual(['partial', 'validated', 'validated'])
    const share = await shareOnRelay(f.doc, app.server.origin, {
      recipient: 'Forem — conseillère',
      sections: { competences: { ids: f.competences.map((c) => c.id) } },
    })
    running.push(share)
    shareLink = share.link
  })

  test('a professional who trusts the organisation sees "organisation de confiance"; another sees it unknown', async () => {
    pro = await professional()
    await menuTo(pro.page, 'Organisations de confiance')
    await pro.page.getByLabel('Lien ou code de l’organisation').fill(orgCard)
    await pro.page.getByRole('button', { name: 'Vérifier' }).click()
    await pro.page.getByText(`${ORG} — ${orgFingerprint}`).first().waitFor()
    await pro.page.getByRole('button', { name: 'Oui, faire confiance' }).click()
    await pro.page.getByText(`${ORG} est dans vos organisations de confiance.`).waitFor()
    await expectNoAxeViolations(pro.page, '/confiance with the organisation’s card')

    await explain(pro.page, () => openShareLinkInPage(pro.page, shareLink))
    const text = await validationsText(pro.page)
    expect(count(text, 'Validé — Niveau validé par le formateur')).toBe(2)
    expect(count(text, 'Validé partiellement — Niveau validé par le formateur : 2 sur 4')).toBe(1)
    expect(text).toContain('le coup de feu du midi')
    expect(count(text, `Signée par un formateur d’une organisation de confiance : ${ORG}`)).toBe(3)
    expect(text).not.toContain('organisation inconnue')

    stranger = await professional()
    await explain(stranger.page, () => openShareLinkInPage(stranger.page, shareLink))
    const other = await validationsText(stranger.page)
    expect(
      count(
        other,
        `Signature correcte, organisation inconnue de vous : ${ORG} — empreinte : ${orgFingerprint}`,
      ),
    ).toBe(3)
    expect(other).not.toContain('organisation de confiance')
  })

  test('the trainer withdraws one validation; both professionals see "Retirée" at their next check', async () => {
    await menuTo(trainer, 'Accueil')
    const [l1] = labels as [string]
    await trainer.getByRole('button', { name: `Retirer la validation « ${l1} »` }).click()
    await trainer.getByRole('radio', { name: 'Une erreur' }).check()
    await expectNoAxeViolations(trainer, 'trainer history confirming a withdrawal')
    expect(await smallTargets(trainer)).toEqual([])
    await shot(trainer, 'trainer-withdraw-360')
    await trainer.getByRole('button', { name: 'Oui, retirer la validation' }).click()
    await explain(trainer, () =>
      trainer
        .getByText(
          `Validation « ${l1} » retirée. Publié : les professionnels le verront à leur prochaine vérification.`,
        )
        .waitFor(),
    )
    expect(await trainer.locator(`[data-history="${l1}"]`).getAttribute('data-withdrawn')).toBe('yes')

    for (const p of [pro, stranger]) {
      await p.page.reload()
      await waitForApp(p.page)
      await expect
        .poll(async () => count(await mainText(p.page), 'Retirée : cette validation ne compte plus'), {
          timeout: 45_000,
        })
        .toBe(1)
    }
    const text = (await mainText(pro.page)).replace(/\s+/g, ' ')
    expect(count(text, `organisation de confiance : ${ORG}`)).toBe(2)
    await expectNoAxeViolations(pro.page, 'received booklet with a withdrawn validation')
  })

  test('offline, the professional still sees the last known state and when it was checked', async () => {
    const path = new URL(pro.page.url()).pathname
    await pro.context.setOffline(true)
    try {
      await goTo(pro.page, '/')
      await goTo(pro.page, path)
      const text = await validationsText(pro.page)
      expect(count(text, 'Retirée : cette validation ne compte plus')).toBe(1)
      expect(count(text, 'État vérifié le')).toBeGreaterThanOrEqual(1)
    } finally {
      await pro.context.setOffline(false)
    }
  })

  test('a withdrawal made offline waits, says so, and is published once back online', async () => {
    const [, l2] = labels as [string, string]
    await trainerContext.setOffline(true)
    try {
      await trainer.getByRole('button', { name: `Retirer la validation « ${l2} »` }).click()
      await trainer.getByRole('radio', { name: 'Une fraude' }).check()
      await trainer.getByRole('button', { name: 'Oui, retirer la validation' }).click()
      await explain(trainer, () =>
        trainer
          .getByText(
            `Validation « ${l2} » retirée. Pas encore publié : ce sera publié dès que la connexion revient.`,
          )
          .waitFor(),
      )
      await trainer.locator('[data-withdrawal-pending="yes"]').waitFor()
      await expectNoAxeViolations(trainer, 'trainer history with a withdrawal pending')
    } finally {
      await trainerContext.setOffline(false)
    }
    await explain(trainer, () =>
      trainer.locator('[data-withdrawal-pending="yes"]').waitFor({ state: 'detached', timeout: 30_000 }),
    )
    await stranger.page.reload()
    await waitForApp(stranger.page)
    await expect
      .poll(async () => count(await mainText(stranger.page), 'Retirée : cette validation ne compte plus'), {
        timeout: 45_000,
      })
      .toBe(2)
  })

  test('the organisation withdraws its endorsement: every validation of that trainer reads "Retirée"', async () => {
    await orgPage.getByRole('button', { name: 'Retirer la garantie de Marc Lambert' }).click()
    await orgPage
      .getByText(
        'Retirer la garantie de Marc Lambert ? Ses validations ne seront plus « d’une organisation de confiance ».',
      )
      .waitFor()
    await expectNoAxeViolations(orgPage, '/organisation confirming a withdrawal')
    expect(await smallTargets(orgPage)).toEqual([])
    await orgPage.getByRole('button', { name: 'Oui, retirer' }).click()
    await explain(orgPage, () =>
      orgPage
        .getByText(
          'Garantie de Marc Lambert retirée. Publié : les professionnels le verront à leur prochaine vérification.',
        )
        .waitFor(),
    )
    expect(await mainText(orgPage)).toContain('Retirée le')
    await pro.page.reload()
    await waitForApp(pro.page)
    await expect
      .poll(async () => count(await mainText(pro.page), 'Retirée : cette validation ne compte plus'), {
        timeout: 45_000,
      })
      .toBe(3)
  })

  test('nothing left the app origin', () => {
    for (const log of logs) log.assertSameOrigin()
  })
})
