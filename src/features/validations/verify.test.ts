// Receiving credentials into the booklet: verified ones stored, everything else reported and not
// stored; immutability, hiding, and an edit underneath read as not verifiable.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  getItem,
  hideValidation,
  listItems,
  putValidation,
  storedFields,
  validationExport,
} from '../../booklet/index.ts'
import { patchRecord } from '../../booklet/record-fixture.ts'
import { assessment, validationFixture } from '../../booklet/validation-fixture.ts'
import { generateTrainerKeys, issueCredential, verifyCredential } from '../../credential/index.ts'
import { credentialMessage, inboxMessages } from '../../protocol/index.ts'
import { readValidations, receiveValidations } from './verify.ts'

const trainer = { name: 'M. Lambert', organisation: 'CISP Le Chantier' }
const keys = generateTrainerKeys()

const sign = (holderIdentifier: string, c: { id: string; label: string; family: 'savoir-etre' }, over = {}) =>
  issueCredential({ trainer, keys, holderIdentifier, competence: c, assessment: assessment(over) })

const push = (inbox: Y.Doc, credential: object) =>
  inboxMessages(inbox).push([JSON.stringify(credentialMessage(credential as Record<string, unknown>))])

describe('receiveValidations', () => {
  it('stores verified credentials and reports the rest without storing it', async () => {
    const f = validationFixture()
    const [c1, c2] = f.competences as [(typeof f.competences)[0], (typeof f.competences)[0]]
    const inbox = new Y.Doc()
    const good = await sign(f.holderRef, { id: c1.id, label: c1.label, family: 'savoir-etre' })
    const partial = await sign(
      f.holderRef,
      { id: c2.id, label: c2.label, family: 'savoir-etre' },
      { status: 'partial' },
    )
    const tampered = JSON.parse(JSON.stringify(good))
    tampered.id = 'urn:uuid:00000000-0000-4000-8000-000000000001'
    tampered.credentialSubject.result[0].value = 'validated'
    tampered.issuer.name = 'Quelqu’un d’autre'
    const otherHolder = await sign('h-00000000000000000000000000000000', {
      id: c1.id,
      label: c1.label,
      family: 'savoir-etre',
    })
    const otherCompetence = await sign(f.holderRef, {
      id: 'not-in-booklet',
      label: 'x',
      family: 'savoir-etre',
    })
    push(inbox, good)
    push(inbox, partial)
    push(inbox, tampered)
    push(inbox, otherHolder)
    push(inbox, otherCompetence)
    inboxMessages(inbox).push(['not json', 42, JSON.stringify({ type: 'livret.credential', v: 2 })])
    const before = Y.encodeStateVector(f.doc)
    const newer = new Y.Doc()
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(f.doc))
    const report = await receiveValidations(f.doc, inbox)
    expect(report.added.map((v) => [v.competenceId, v.status])).toEqual([
      [c1.id, 'validated'],
      [c2.id, 'partial'],
    ])
    expect(report.rejected).toEqual([
      { index: 5, code: 'not-json' },
      { index: 6, code: 'not-text' },
      { index: 7, code: 'unsupported-version' },
      { index: 2, code: 'credential-bad-proof' },
      { index: 3, code: 'not-holder' },
      { index: 4, code: 'unknown-competence' },
    ])
    expect(listItems(f.doc, 'validations').items).toHaveLength(2)
    expect(Y.encodeStateVector(f.doc)).not.toEqual(before)
    const stateAfterFirst = Y.encodeStateAsUpdate(f.doc)
    const again = await receiveValidations(f.doc, inbox)
    expect(again.added).toEqual([])
    expect(again.already).toBe(2)
    expect(Y.encodeStateAsUpdate(f.doc)).toEqual(stateAfterFirst)
    const checked = await readValidations(f.doc)
    expect(checked.map((c) => c.state)).toEqual(['verified', 'verified'])
    const exported = validationExport(report.added[0] as NonNullable<(typeof report.added)[0]>)
    expect((await verifyCredential(exported)).ok).toBe(true)
    // A booklet written by a newer app is read-only: nothing is stored, each credential is reported.
    newer.getMap('meta').set('schemaVersion', 999)
    const readOnly = await receiveValidations(newer, inbox)
    expect(readOnly.added).toEqual([])
    expect(readOnly.rejected.filter((r) => r.code === 'read-only').map((r) => r.index)).toEqual([0, 1])
    expect(listItems(newer, 'validations').items).toEqual([])
    const first = checked[0]
    expect(first?.state === 'verified' && first.fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
  })

  it('refuses to change a stored validation, hides it, and shows an edit underneath as not verifiable', async () => {
    const f = validationFixture()
    const c1 = f.competences[0] as (typeof f.competences)[0]
    const inbox = new Y.Doc()
    push(inbox, await sign(f.holderRef, { id: c1.id, label: c1.label, family: 'savoir-etre' }, { level: 2 }))
    const [stored] = (await receiveValidations(f.doc, inbox)).added
    if (!stored) throw new Error('not stored')
    expect(putValidation(f.doc, { ...stored, level: 4 })).toEqual({ ok: false, code: 'immutable' })
    expect(putValidation(f.doc, { ...stored }).ok).toBe(true)
    const hidden = hideValidation(f.doc, stored.id, true)
    expect(hidden.ok && hidden.value.hidden).toBe(true)
    expect(getItem(f.doc, 'validations', stored.id)?.level).toBe(2)
    expect((await readValidations(f.doc, c1.id))[0]?.state).toBe('verified')
    // An edit underneath (storage, faulty sync) bypasses putValidation.
    const validations = f.doc.getMap('validations')
    patchRecord(validations, stored.id, { level: 4 })
    const [edited] = await readValidations(f.doc)
    expect(edited?.state).toBe('not-verifiable')
    expect(edited?.state === 'not-verifiable' && edited.code).toBe('edited')
    patchRecord(validations, stored.id, { level: 2 })
    const cred = JSON.parse(JSON.stringify(storedFields(validations, stored.id)?.credential))
    cred.credentialSubject.result[1].value = '4'
    cred.credentialSubject.result[1].achievedLevel = 'urn:livret:level:4'
    patchRecord(validations, stored.id, { credential: cred })
    const [forged] = await readValidations(f.doc)
    expect(forged?.state === 'not-verifiable' && forged.code).toBe('credential-bad-proof')
  })
})
