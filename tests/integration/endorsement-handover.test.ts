// The endorsement goes back to the trainer by a short handover (issue #11 point 3, "QR both ways"):
// sealed on a real relay on loopback, it fits the relay's 4,096-byte cap even with the longest names;
// the trainer's import takes it back by short link or typed code, verifies it (its own key, signed by
// the organisation it names) and keeps it; a used code, another trainer's endorsement or a short link
// that carries something else is refused and nothing is kept.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { keyInfo } from '../../src/credential/index.ts'
import { makeHandover } from '../../src/features/handover/index.ts'
import { memoryRecords, type StatusDeps } from '../../src/features/status/index.ts'
import { receivedEndorsements } from '../../src/features/trainer/endorsements.ts'
import { createTrainerIdentity, type TrainerIdentity } from '../../src/features/trainer/identity.ts'
import { createOrganisation } from '../../src/features/trainer/organisation.ts'
import { endorseTrainer, organisationPublic } from '../../src/features/trainer/signing/endorse.ts'
import { importEndorsement } from '../../src/features/trainer/signing/endorsement-flow.ts'
import { encodeCard } from '../../src/features/trust/index.ts'
import { MAX_HANDOVER_BYTES, newHandoverSecret, sealHandover } from '../../src/protocol/handover.ts'
import { startTestRelay, type TestRelay } from '../support/relay.ts'

const NOW = new Date('2026-11-20T10:00:00Z')
const LATER = new Date('2026-12-01T00:00:00Z')
const LONG = 'x'.repeat(120)

const deps: StatusDeps = {
  records: memoryRecords(),
  now: () => NOW,
  fetch: async () => new Response(null, { status: 500 }),
}

const trainer = (name: string): TrainerIdentity => {
  const t = createTrainerIdentity(name, 'CISP Le Tremplin', NOW)
  if (!t.ok) throw new Error(t.code)
  return t.value
}

/** The text the organisation hands back for `who` (names and domain as given). */
async function endorsementFor(who: TrainerIdentity, name: string, orgName: string, domain?: string) {
  const org = createOrganisation(orgName, domain, NOW)
  if (!org.ok) throw new Error(org.code)
  const card = encodeCard({ kind: 'trainer', name, did: keyInfo(who.keys.publicKey).did })
  const r = await endorseTrainer(
    org.value,
    card,
    new Date('2027-11-20T00:00:00Z'),
    'https://livret.example.org',
    deps,
    NOW,
  )
  if (!r.ok) throw new Error(r.code)
  return { text: r.value.handover, organisationDid: organisationPublic(org.value).did }
}

describe('endorsement handed back by a short handover', () => {
  let relay: TestRelay
  afterEach(async () => {
    await relay?.stop()
  })

  it('fits the relay record with the longest names and domain (no compression needed)', async () => {
    const who = trainer(LONG)
    const { text } = await endorsementFor(who, LONG, LONG, `${'a'.repeat(60)}.${'b'.repeat(60)}.be`)
    const sealed = await sealHandover(newHandoverSecret(), text)
    console.log(`endorsement handover: ${text.length} characters, sealed ${sealed.length} bytes`)
    expect(sealed.length).toBeLessThanOrEqual(MAX_HANDOVER_BYTES)
  })

  it('imports by short link and by typed code, verified; used, foreign or other texts are refused', async () => {
    relay = await startTestRelay()
    const origin = relay.relay.url
    const marc = trainer('Marc Lambert')
    const julie = trainer('Julie Martin')
    const marcDid = keyInfo(marc.keys.publicKey).did
    const { text, organisationDid } = await endorsementFor(marc, 'Marc Lambert', 'CISP Le Tremplin')

    const made = await makeHandover(origin, text)
    if (!made.ok) throw new Error(made.code)
    // Another trainer's device takes the typed code: refused after verification, nothing kept.
    expect(await importEndorsement(julie, made.value.code, LATER, origin)).toEqual({
      ok: false,
      code: 'endorsement-other-trainer',
    })
    expect(await receivedEndorsements(keyInfo(julie.keys.publicKey).did)).toEqual([])
    // Marc scans the short link: taken from the relay, verified, kept.
    const got = await importEndorsement(marc, made.value.shortLink, LATER, origin)
    if (!got.ok) throw new Error(got.code)
    expect(got.value.organisation.did).toBe(organisationDid)
    expect(got.value.trainerDid).toBe(marcDid)
    expect((await receivedEndorsements(marcDid)).map((e) => e.id)).toEqual([got.value.id])
    // Each record is read once.
    expect(await importEndorsement(marc, made.value.shortLink, LATER, origin)).toEqual({
      ok: false,
      code: 'handover-gone',
    })
    expect(await importEndorsement(marc, made.value.code, LATER, origin)).toEqual({
      ok: false,
      code: 'handover-gone',
    })

    // A fresh handover, its typed code (spaces as shown) typed on Marc's device.
    const again = await makeHandover(origin, text)
    if (!again.ok) throw new Error(again.code)
    expect((await importEndorsement(marc, again.value.code, LATER, origin)).ok).toBe(true)

    // A short link that carries something else (a share link) is not an endorsement.
    const other = await makeHandover(origin, 'https://livret.example.org/proposer#room=abc&token=x')
    if (!other.ok) throw new Error(other.code)
    const refused = await importEndorsement(marc, other.value.shortLink, LATER, origin)
    expect(refused.ok).toBe(false)
    // The long text still imports as before.
    expect((await importEndorsement(marc, text, LATER, origin)).ok).toBe(true)
    expect(await receivedEndorsements(marcDid)).toHaveLength(1)
  })
})
