// The trainer's scenario, shared by the e2e tests of issue 11: the holder's side of a validation
// request run in Node with the real service code (its share and inbox rooms held open on the app
// server's relay), and the trainer filling one competence's block of the validation form.
import type { Page } from 'playwright-core'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { validationFixture } from '../../../src/booklet/validation-fixture.ts'
import { createValidationRequest, type OwnedRoom } from '../../../src/features/validations/request.ts'
import { SealedRoom } from '../../../src/transport/sealed-room.ts'
import { until } from '../../support/until.ts'

/** The fixture booklet the request is made from. */
export type Fixture = ReturnType<typeof validationFixture>

/** A validation request for `pick(fixture)` addressed to `trainerName`; its rooms join `rooms` (the
 * test destroys them). Resolves once the share is on the relay. */
export async function holderRequest(
  origin: string,
  rooms: SealedRoom[],
  trainerName: string,
  pick: (f: Fixture) => string[] = (f) => f.competences.map((c) => c.id),
) {
  const f = validationFixture()
  const req = createValidationRequest(f.doc, pick(f), trainerName, { relayOrigin: origin, path: '/valider' })
  if (!req.ok) throw new Error(req.code)
  const open = (o: OwnedRoom, doc: Y.Doc) => {
    const room = new SealedRoom({
      serverUrl: origin,
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

/** What the trainer picks for one competence (words as on the form). */
export type AssessChoice = {
  status: string
  level: string
  method: string
  remains?: string
  comment?: string
}

/** Fills the trainer's block of one competence on the validation form. */
export async function assess(page: Page, label: string, a: AssessChoice): Promise<void> {
  const block = page.locator('fieldset.assessment-card', { has: page.locator('legend', { hasText: label }) })
  await block.getByRole('radio', { name: a.status, exact: true }).check()
  if (a.remains) await block.getByLabel('Ce qui reste à acquérir').fill(a.remains)
  await block.getByLabel('Niveau atteint').selectOption({ label: a.level })
  await block.getByLabel("Méthode d'évaluation").selectOption({ label: a.method })
  if (a.comment) await block.getByLabel(/Commentaire/).fill(a.comment)
}

/** Scenario 3's assessments: the first two competences validated (levels 3 and 4), the third
 * partly (level 2, "le coup de feu du midi" remaining, with `comment` if given). */
export async function assessScenarioThree(
  page: Page,
  [l1, l2, l3]: readonly [string, string, string],
  comment?: string,
): Promise<void> {
  await assess(page, l1, { status: 'Validé', level: '3 — Fait seul·e', method: 'Mise en situation' })
  await assess(page, l2, { status: 'Validé', level: "4 — Peut montrer à d'autres", method: 'Test' })
  await assess(page, l3, {
    status: 'Partiellement',
    level: "2 — Fait avec de l'aide",
    method: 'Observation en stage',
    remains: 'le coup de feu du midi',
    ...(comment ? { comment } : {}),
  })
}
