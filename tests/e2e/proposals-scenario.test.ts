// Scenario 4 of DOMAIN.md in real Chromium with the relay: the holder makes a proposal link for their
// counsellor through /propositions (QR code and link); the counsellor, in operator mode, opens it and
// sends two proposals with commitments on both sides; junk appended to the inbox from Node is ignored
// and reported, the booklet unchanged; the holder accepts one and refuses the other with a reason; the
// plan shows the accepted step with both sides' commitments and the consent; the counsellor sees both
// outcomes, and cannot forge one (read-only answers token). axe (WCAG 2.2 AA) on /propositions empty,
// with the QR, with pending proposals, and /proposer.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { SHARE_DECISIONS_KEY } from '../../src/booklet/proposals.ts'
import { parseProposalCapabilities } from '../../src/features/proposals/links.ts'
import { inboxMessages } from '../../src/protocol/inbox.ts'
import { SealedRoom } from '../../src/transport/sealed-room.ts'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, explain, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

const app = e2eApp()
let holder: Page
let operator: Page
const rooms: SealedRoom[] = []

beforeAll(async () => {
  holder = await (await app.newContext()).newPage()
  operator = await (await app.newContext()).newPage()
  for (const page of [holder, operator]) page.on('pageerror', (e) => console.error('page error:', e.message))
})

afterAll(async () => {
  for (const r of rooms) r.destroy()
})

/** Like waitForApp, with room for a loaded machine (the first start also precaches the app). */
const waitForScreen = (page: Page) =>
  page.locator('main h1').first().waitFor({ state: 'visible', timeout: 60_000 })
const pendingCards = () => holder.locator('main li.proposal')
const operatorCard = (title: string) => operator.locator('main li[data-proposal]', { hasText: title })

/** The operator fills the proposal form (one step) and sends it. */
async function propose(o: {
  objective: string
  step: string
  due: string
  holder: string
  mine: string
  other?: { who: string; text: string }
}) {
  const form = operator.locator('main form')
  await form.getByLabel('Objectif', { exact: true }).fill(o.objective)
  await form.getByLabel('Ce qu’il faut faire').fill(o.step)
  await form.getByLabel('Date prévue (facultatif)').fill(o.due)
  await form.getByLabel('La personne s’engage à… (facultatif)').fill(o.holder)
  await form.getByLabel('CPAS de Namur s’engage à… (facultatif)').fill(o.mine)
  if (o.other) {
    await form.getByRole('button', { name: 'Un autre professionnel s’engage (étape 1)' }).click()
    await form.getByLabel('Autre professionnel ou organisation').fill(o.other.who)
    await form.getByLabel(`${o.other.who} s’engage à…`).fill(o.other.text)
  }
  await form.getByRole('button', { name: 'Envoyer la proposition' }).click()
  await expect.poll(() => visibleText(operatorCard(o.objective))).toContain('Envoyée, pas encore de réponse')
  expect(await visibleText(operator.getByRole('status').filter({ hasText: 'Proposition' }))).toContain(
    'Proposition envoyée',
  )
}

const FORMATION = {
  objective: 'Entrer en formation de cariste',
  step: 'Séance d’information au centre',
  due: '2026-12-15',
  holder: 'aller à la séance avec mes papiers',
  mine: 'inscrire Amina et payer le trajet',
  other: { who: 'Forem', text: 'garder une place dans la formation' },
}
const ATELIER = {
  objective: 'Refaire mon CV',
  step: 'Atelier CV le lundi',
  due: '2026-12-07',
  holder: 'apporter mon ancien CV',
  mine: 'réserver une place à l’atelier',
}

test('scenario 4: two proposals, one accepted, one refused; junk ignored; both sides see it', async () => {
  // Holder: an empty proposals screen, then a link for the counsellor.
  await holder.goto(app.server.origin)
  await explain(holder, () => chooseMode(holder, 'holder'))
  await holder.goto(`${app.server.origin}/propositions`)
  await explain(holder, () => waitForScreen(holder))
  await expect.poll(() => visibleText(holder.locator('main'))).toContain('Aucune proposition en attente.')
  await expectNoAxeViolations(holder, '/propositions (empty)')
  await holder.getByLabel('Nom du professionnel').fill('Mme Dupont')
  await holder.getByLabel('Organisation (facultatif)').fill('CPAS de Namur')
  await holder.getByRole('button', { name: 'Créer le lien' }).click()
  const qr = holder.getByRole('img', {
    name: 'Code QR du lien pour proposer, pour Mme Dupont (CPAS de Namur)',
  })
  await explain(holder, () => qr.waitFor({ timeout: 15_000 }))
  const link = await holder.getByRole('textbox', { name: 'Lien pour proposer' }).inputValue()
  expect(link.startsWith(`${app.server.origin}/proposer#room=`)).toBe(true)
  await expectNoAxeViolations(holder, '/propositions (QR code)')

  // Operator: opens the link in operator mode; the secret leaves the address bar.
  await operator.goto(app.server.origin)
  await chooseMode(operator, 'operator')
  await operator.goto(link)
  await explain(operator, () => operator.waitForURL(/\/proposer\/[A-Za-z0-9_-]+$/, { timeout: 15_000 }))
  expect(operator.url()).not.toContain('#')
  await expect.poll(() => visibleText(operator.getByTestId('propose-status'))).toContain('Connecté')
  expect(await operator.getByLabel('Votre nom').inputValue()).toBe('Mme Dupont')
  await expectNoAxeViolations(operator, '/proposer')
  await explain(operator, () => propose(FORMATION))
  await explain(operator, () => propose(ATELIER))

  // Holder: both proposals arrive while the screen is open.
  await explain(holder, () => expect.poll(() => pendingCards().count(), { timeout: 15_000 }).toBe(2))
  const first = await visibleText(pendingCards().filter({ hasText: FORMATION.objective }))
  expect(first).toContain('Proposé par Mme Dupont (CPAS de Namur)')
  expect(first).toContain(`Je m’engage à : ${FORMATION.holder}`)
  expect(first).toContain(`CPAS de Namur s’engage à : ${FORMATION.mine}`)
  expect(first).toContain(`Forem s’engage à : ${FORMATION.other.text}`)
  await expectNoAxeViolations(holder, '/propositions (pending proposals)')

  // Junk appended from Node with the operator's append capability: reported, never applied.
  const caps = parseProposalCapabilities(link)
  if (!caps) throw new Error('bad link')
  const junkDoc = new Y.Doc()
  const junk = new SealedRoom({
    serverUrl: app.server.origin,
    roomId: caps.inbox.roomId,
    token: caps.inbox.token,
    roomKey: caps.inbox.roomKey,
    doc: junkDoc,
    role: 'append',
    WebSocketPolyfill: WebSocket,
    batchMs: 20,
  })
  rooms.push(junk)
  const holderProposal = {
    type: 'livret.proposal',
    v: 1,
    id: 'junk-holder',
    sentAt: new Date().toISOString(),
    proposal: {
      id: 'self',
      proposedBy: { role: 'holder' },
      createdAt: new Date().toISOString(),
      objective: { title: 'Objectif glissé' },
      steps: [],
    },
  }
  inboxMessages(junkDoc).push(['{ pas du json', 42, JSON.stringify(holderProposal)])
  await junk.flush()
  await explain(holder, () =>
    expect
      .poll(() => visibleText(holder.getByTestId('ignored-notice')), { timeout: 15_000 })
      .toContain('3 messages reçus n’étaient pas des propositions valables : ils ont été ignorés.'),
  )
  expect(await visibleText(holder.getByTestId('ignored-notice'))).toContain('Votre livret n’a pas changé.')
  expect(await pendingCards().count()).toBe(2)
  expect(await visibleText(holder.locator('main'))).not.toContain('Objectif glissé')

  // Holder: accepts one, refuses the other with a reason.
  // One answer per step (issue 12): each proposal here has one step.
  const formation = pendingCards().filter({ hasText: FORMATION.objective })
  await formation.getByLabel('Accepter cette étape').check()
  await formation.getByRole('button', { name: 'Envoyer mes réponses' }).click()
  await expect.poll(() => pendingCards().count()).toBe(1)
  const atelier = pendingCards().filter({ hasText: ATELIER.objective })
  await atelier.getByLabel('Refuser cette étape').check()
  await atelier.getByLabel('Pourquoi la refuser ? (si vous voulez)').fill('Je l’ai déjà fait le mois dernier')
  await atelier.getByRole('button', { name: 'Envoyer mes réponses' }).click()
  await expect.poll(() => pendingCards().count()).toBe(0)
  const decided = holder.locator('main section', { hasText: 'Déjà décidées' })
  await expect
    .poll(() => visibleText(decided))
    .toContain('Étape refusée : « Je l’ai déjà fait le mois dernier »')

  // Operator: both outcomes, through the answers room, without reloading.
  await explain(operator, () =>
    expect
      .poll(() => visibleText(operatorCard(FORMATION.objective)), { timeout: 15_000 })
      .toContain('Acceptée le'),
  )
  await expect.poll(() => visibleText(operatorCard(ATELIER.objective))).toContain('Refusée le')
  expect(await visibleText(operatorCard(ATELIER.objective))).toContain(
    'Étape refusée : « Je l’ai déjà fait le mois dernier »',
  )

  // The operator's answers token is read-only: a forged outcome is refused by the relay.
  const answers = caps.answers
  if (!answers) throw new Error('no answers room in the link')
  const forgeDoc = new Y.Doc()
  const forge = new SealedRoom({
    serverUrl: app.server.origin,
    roomId: answers.roomId,
    token: answers.token,
    roomKey: answers.roomKey,
    doc: forgeDoc,
    role: 'write',
    WebSocketPolyfill: WebSocket,
    batchMs: 20,
  })
  rooms.push(forge)
  await expect.poll(() => forge.status.status, { timeout: 15_000 }).toBe('synced')
  forgeDoc.getMap('meta').set(SHARE_DECISIONS_KEY, [])
  await expect
    .poll(() => (forge.status.status === 'refused' ? forge.status.code : forge.status.status))
    .toBe('forbidden')
  await operator.reload()
  await explain(operator, () =>
    expect.poll(() => visibleText(operatorCard(FORMATION.objective))).toContain('Acceptée le'),
  )

  // Holder's plan: the accepted step with both sides' commitments and the consent; not the refused one.
  await holder.goto(`${app.server.origin}/plan`)
  await waitForApp(holder)
  await expect.poll(() => visibleText(holder.locator('main'))).toContain(FORMATION.step)
  const plan = await visibleText(holder.locator('main'))
  expect(plan).toContain(FORMATION.objective)
  expect(plan).toContain(FORMATION.step)
  expect(plan).not.toContain(ATELIER.objective)
  expect(plan).not.toContain('Objectif glissé')
  const step = await visibleText(holder.locator('main li.subcard', { hasText: FORMATION.step }))
  expect(step).toMatch(
    /Proposée par mon accompagnateur \(Mme Dupont, CPAS de Namur\) · Acceptée par moi le \d+ \S+ \d{4}/,
  )
  expect(step).toContain(`Moi : ${FORMATION.holder}`)
  expect(step).toContain(`Mon accompagnateur (Mme Dupont, CPAS de Namur) : ${FORMATION.mine}`)
  expect(step).toContain(`Une autre personne (Forem) : ${FORMATION.other.text}`)
})
