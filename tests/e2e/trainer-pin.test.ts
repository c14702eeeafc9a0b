// A browser without WebCrypto Ed25519 (removed here by an init script, as on browsers that lack it):
// the trainer's identity screen asks for a PIN and says why; the key is kept only wrapped under it (the
// IndexedDB record holds no CryptoKey and no sealed copy); after a reload the first signature asks for
// the PIN, a wrong one is refused plainly and nothing is signed, the right one signs, and the holder
// receives a credential that verifies. axe on the PIN fields and the PIN prompt.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { validationFixture } from '../../src/booklet/validation-fixture.ts'
import { verifyCredential } from '../../src/credential/index.ts'
import { createValidationRequest, type OwnedRoom } from '../../src/features/validations/request.ts'
import { inboxMessages, readInbox } from '../../src/protocol/inbox.ts'
import { SealedRoom } from '../../src/transport/sealed-room.ts'
import { e2eApp } from '../support/e2e.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

const app = e2eApp()
const rooms: SealedRoom[] = []
afterAll(() => {
  for (const r of rooms.splice(0)) r.destroy()
})

// WebCrypto without Ed25519: every call naming the algorithm fails as on a platform that lacks it.
const NO_ED25519 = `(() => {
  const s = crypto.subtle
  const isEd = (a) => String((typeof a === 'string' ? a : a && a.name) || '').toLowerCase() === 'ed25519'
  for (const [name, at] of [['generateKey', 0], ['importKey', 2], ['sign', 0], ['verify', 0]]) {
    const original = s[name].bind(s)
    Object.defineProperty(s, name, {
      configurable: true,
      value: (...a) => isEd(a[at]) ? Promise.reject(new DOMException('Unrecognized name', 'NotSupportedError')) : original(...a),
    })
  }
})()`

/** The holder's side in Node: a request for one competence, its rooms open. */
async function holderRequest() {
  const f = validationFixture()
  const competence = f.competences[0]
  if (!competence) throw new Error('fixture')
  const req = createValidationRequest(f.doc, [competence.id], 'Marc Lambert', {
    relayOrigin: app.server.origin,
    path: '/valider',
  })
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
  return { label: competence.label, link: req.value.link, inboxDoc }
}

/** The trainer's key record as IndexedDB holds it, described (no secret leaves the page). */
const keyRecord = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ kinds: string[]; hasCryptoKey: boolean; iterations: number | null }>(
        (resolve, reject) => {
          const open = indexedDB.open('livret')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const get = open.result
              .transaction('records')
              .objectStore('records')
              .get(['trainer-identity', 'me'])
            get.onsuccess = () => {
              const key = get.result?.value?.key ?? {}
              resolve({
                kinds: Object.keys(key).sort(),
                hasCryptoKey: Object.values(key).some((x) => x instanceof CryptoKey),
                iterations: key.pinWrapped?.kdf?.iterations ?? null,
              })
            }
            get.onerror = () => reject(get.error)
          }
        },
      ),
  )

describe('trainer key wrapped under a PIN where the browser has no Ed25519', () => {
  let context: BrowserContext
  let page: Page
  const PIN = '482913'

  beforeAll(async () => {
    context = await app.newContext()
    await context.addInitScript(NO_ED25519)
    page = await context.newPage()
    await page.goto(app.server.origin)
    await chooseMode(page, 'trainer')
  })

  test('the identity form asks for a PIN, says why, and keeps the key only wrapped', async () => {
    await explain(page, () => page.getByText('Un code pour protéger la clé').waitFor())
    await expect(
      page.getByText(/Ce navigateur ne sait pas garder une clé de signature/).count(),
    ).resolves.toBe(1)
    await expectNoAxeViolations(page, 'identity form with PIN fields')
    await page.getByLabel('Votre nom').fill('Marc Lambert')
    await page.getByLabel('Votre organisation').fill('CISP Le Chantier')
    await page.getByLabel('Code de la clé (au moins 6 caractères)').fill(PIN)
    await page.getByLabel('Le même code, encore une fois').fill('482914')
    await page.getByRole('button', { name: 'Créer mon identité' }).click()
    await page.getByText('Les deux codes ne sont pas les mêmes.').waitFor()
    expect(await page.locator('.fingerprint-groups').count()).toBe(0)
    await page.getByLabel('Le même code, encore une fois').fill(PIN)
    await page.getByRole('button', { name: 'Créer mon identité' }).click()
    await explain(page, () => page.locator('.fingerprint-groups').waitFor())
    expect(await keyRecord(page)).toEqual({ kinds: ['pinWrapped'], hasCryptoKey: false, iterations: 600_000 })
  })

  test('after a reload, signing asks for the PIN once: a wrong PIN is refused, the right one signs', async () => {
    const { label, link, inboxDoc } = await holderRequest()
    await page.reload()
    await waitForApp(page)
    await explain(page, async () => {
      await page.goto(link)
      await page.locator('fieldset.assessment-card').first().waitFor()
    })
    const block = page.locator('fieldset.assessment-card', {
      has: page.locator('legend', { hasText: label }),
    })
    await block.getByRole('radio', { name: 'Validé', exact: true }).check()
    await block.getByLabel('Niveau atteint').selectOption({ label: '3 — Fait seul·e' })
    await block.getByLabel("Méthode d'évaluation").selectOption({ label: 'Mise en situation' })
    await page.getByRole('button', { name: 'Signer et envoyer' }).click()

    const dialog = page.getByRole('dialog', { name: 'Déverrouiller la clé de signature' })
    await explain(page, () => dialog.waitFor())
    await expectNoAxeViolations(page, 'PIN prompt')
    await dialog.getByLabel('Code de la clé').fill('000000')
    await dialog.getByRole('button', { name: 'Déverrouiller' }).click()
    await dialog.getByText('Ce code ne correspond pas à la clé. Rien n’a été signé.').waitFor()
    expect(inboxMessages(inboxDoc).length).toBe(0)

    await dialog.getByLabel('Code de la clé').fill(PIN)
    await dialog.getByRole('button', { name: 'Déverrouiller' }).click()
    await explain(page, () => dialog.waitFor({ state: 'hidden' }))
    await until(async () => inboxMessages(inboxDoc).length === 1, {
      what: 'the holder inbox has the result',
      timeout: 20_000,
    })
    const { items } = readInbox(inboxDoc)
    const message = items[0]?.message
    if (message?.type !== 'livret.credential') throw new Error('not a credential')
    const verified = await verifyCredential(message.credential)
    expect(verified.ok).toBe(true)
    const fp = await page.goto(`${app.server.origin}/formateur`).then(async () => {
      await waitForApp(page)
      return page.locator('.fingerprint-groups').getAttribute('data-fingerprint')
    })
    expect(verified.ok && verified.value.fingerprint).toBe(fp)
  })
})
