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
import type { CreatedShare } from '../../src/features/share/service.ts'
import { receiveValidations } from '../../src/features/validations/verify.ts'
import { inboxMessages } from '../../src/protocol/inbox.ts'
import type { SealedRoom } from '../../src/transport/sealed-room.ts'
import type { RequestLog } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import { explain } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { goThroughMenu } from './helpers/booklet-steps.ts'
import { goTo } from './helpers/devices-steps.ts'
import { expectShortHandover } from './helpers/handover.ts'
import {
  count,
  createTrainerIdentity,
  expectWithdrawnAfterReload,
  personIn,
  validationsText,
} from './helpers/organisation-steps.ts'
import { smallTargets } from './helpers/tap-targets.ts'
import { assessScenarioThree, holderRequest } from './helpers/trainer-steps.ts'
import { mainText, openShareLinkInPage, shareOnRelay } from './operator-support.ts'

const app = e2eApp()
const PHONE = { width: 360, height: 740 }
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

describe('an organisation vouches for a trainer; professionals see trust and withdrawal', () => {
  let pro: { page: Page; context: BrowserContext }
  let stranger: { page: Page; context: BrowserContext }

  beforeAll(async () => {
    orgPage = (await personIn(app, logs, 'trainer', PHONE)).page
    const trainerSide = await personIn(app, logs, 'trainer', PHONE)
    trainer = trainerSide.page
    trainerContext = trainerSide.context
  })

  test('the organisation creates its identity and shows its card', async () => {
    await goThroughMenu(orgPage, 'Mon organisation')
    await orgPage.getByLabel('Nom de l’organisation').waitFor()
    await expectNoAxeViolations(orgPage, '/organisation (no identity)')
    expect(await smallTargets(orgPage, 44)).toEqual([])
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
    const { fingerprint: trainerFp, card: cardText } = await createTrainerIdentity(
      trainer,
      'Marc Lambert',
      ORG,
    )

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
    expect(await smallTargets(orgPage, 44)).toEqual([])
    await orgPage.getByRole('button', { name: 'Oui, signer la garantie' }).click()
    const handover = orgPage.getByRole('textbox', { name: 'Garantie pour le formateur (texte à copier)' })
    await explain(orgPage, () => handover.waitFor())
    const endorsement = await handover.inputValue()
    expect(endorsement).toMatch(/^livret-endorsement:1:/)
    await orgPage.locator('[data-endorsement="Marc Lambert"]').waitFor()
    expect(await mainText(orgPage)).toContain(`Marc Lambert — ${trainerFp}`)
    const qr = orgPage.getByRole('img', { name: 'Code QR de la garantie pour Marc Lambert' })
    const { shortLink, typed } = await expectShortHandover(orgPage, app.server.origin, qr)
    await expectNoAxeViolations(orgPage, '/organisation with an endorsement given')
    expect(await smallTargets(orgPage, 44)).toEqual([])
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
    expect(await smallTargets(trainer, 44)).toEqual([])
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
    const { f, link, inboxDoc } = await holderRequest(app.server.origin, rooms, 'Marie Dupont')
    labels = f.competences.map((c) => c.label)
    await trainer.goto(link)
    await explain(trainer, () => trainer.locator('fieldset.assessment-card').nth(2).waitFor())
    await assessScenarioThree(trainer, labels as [string, string, string])
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
    pro = await personIn(app, logs, 'operator')
    await goThroughMenu(pro.page, 'Organisations de confiance')
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

    stranger = await personIn(app, logs, 'operator')
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
    await goThroughMenu(trainer, 'Accueil')
    const [l1] = labels as [string]
    await trainer.getByRole('button', { name: `Retirer la validation « ${l1} »` }).click()
    await trainer.getByRole('radio', { name: 'Une erreur' }).check()
    await expectNoAxeViolations(trainer, 'trainer history confirming a withdrawal')
    expect(await smallTargets(trainer, 44)).toEqual([])
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

    for (const p of [pro, stranger]) await expectWithdrawnAfterReload(p.page, 1)
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
    await expectWithdrawnAfterReload(stranger.page, 2)
  })

  test('the organisation withdraws its endorsement: every validation of that trainer reads "Retirée"', async () => {
    await orgPage.getByRole('button', { name: 'Retirer la garantie de Marc Lambert' }).click()
    await orgPage
      .getByText(
        'Retirer la garantie de Marc Lambert ? Ses validations ne seront plus « d’une organisation de confiance ».',
      )
      .waitFor()
    await expectNoAxeViolations(orgPage, '/organisation confirming a withdrawal')
    expect(await smallTargets(orgPage, 44)).toEqual([])
    await orgPage.getByRole('button', { name: 'Oui, retirer' }).click()
    await explain(orgPage, () =>
      orgPage
        .getByText(
          'Garantie de Marc Lambert retirée. Publié : les professionnels le verront à leur prochaine vérification.',
        )
        .waitFor(),
    )
    expect(await mainText(orgPage)).toContain('Retirée le')
    await expectWithdrawnAfterReload(pro.page, 3)
  })

  test('nothing left the app origin', () => {
    for (const log of logs) log.assertSameOrigin()
  })
})
