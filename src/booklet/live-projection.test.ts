// Live projections: picked items follow the booklet, unpicked ones never reach the share document,
// neither in its state nor in the stream of updates a sync layer would seal and send.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createShareSelection,
  type ShareSelectionInput,
  sampleCompetence,
  sampleExperience,
  sampleJournalEntry,
  sampleStep,
  sampleValidation,
} from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { startLiveProjection } from './live-projection.ts'
import { getProfile, putProfile } from './profile.ts'
import { PROJECTION_ORIGIN, projectBooklet } from './projection.ts'
import { bytesContain, projectionFixture } from './projection-fixture.ts'
import { countItems, getItem } from './read.ts'
import { getSituation, putSituationItem } from './situation.ts'
import { putItem, removeItem } from './write.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')

const live = (sections: ShareSelectionInput['sections']) => {
  const r = createShareSelection({ recipient: 'Forem Namur', mode: 'live', sections }, NOW)
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value
}

// A live share of the fixture: all experiences, one competence, the mobility area; the share doc's
// updates are collected as a sync layer would receive them.
const setup = () => {
  const { doc, ids } = projectionFixture()
  const selection = live({
    experiences: { all: true },
    competences: { ids: [ids.cPicked] },
    situation: { ids: ['mobility'] },
  })
  const share = createBookletDoc()
  const updates: Uint8Array[] = []
  let projectionTransactions = 0
  share.on('update', (u: Uint8Array) => updates.push(u))
  share.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin === PROJECTION_ORIGIN) projectionTransactions++
  })
  const stop = startLiveProjection(doc, share, selection, () => NOW)
  const stream = () => Y.mergeUpdates(updates)
  return { doc, ids, share, stop, stream, selection, transactions: () => projectionTransactions }
}

describe('startLiveProjection', () => {
  it('fills the share doc at once, then propagates changes to picked items', () => {
    const { doc, ids, share } = setup()
    expect(getItem(share, 'competences', ids.cPicked)?.label).toBe('PICKED-COMP à l’heure')
    const c = getItem(doc, 'competences', ids.cPicked)
    if (!c) throw new Error('fixture')
    putItem(doc, 'competences', { ...c, label: 'Je suis toujours à l’heure', level: 4 })
    expect(getItem(share, 'competences', ids.cPicked)).toMatchObject({
      label: 'Je suis toujours à l’heure',
      level: 4,
    })
    putSituationItem(doc, { area: 'mobility', status: 'ok', note: 'J’ai une voiture' })
    expect(getSituation(share).find((s) => s.area === 'mobility')?.note).toBe('J’ai une voiture')
  })

  it('validations of a picked competence and steps of a picked objective follow them', () => {
    const { doc, ids } = projectionFixture()
    const share = createBookletDoc()
    startLiveProjection(
      doc,
      share,
      live({ competences: { ids: [ids.cPicked] }, objectives: { ids: [ids.obPicked] } }),
      () => NOW,
    )
    const v = sampleValidation(ids.cPicked, { evidence: 'LIVE-VALIDATION' })
    const s = sampleStep(ids.obPicked, { title: 'LIVE-STEP' })
    putItem(doc, 'validations', v)
    expect(getItem(share, 'validations', v.id)?.evidence).toBe('LIVE-VALIDATION')
    putItem(doc, 'steps', s)
    putItem(doc, 'steps', sampleStep(ids.obUnpicked, { title: 'LIVE-UNPICKED-STEP' }))
    expect(getItem(share, 'steps', s.id)?.title).toBe('LIVE-STEP')
    expect(countItems(share, 'steps')).toBe(2)
    expect(getProfile(share)?.displayName).toBe('Amina')
    const p = getProfile(doc)
    if (!p) throw new Error('fixture')
    putProfile(doc, { ...p, displayName: 'Amina B.', phone: '+32 400 00 00 00' })
    expect(getProfile(share)).toMatchObject({ displayName: 'Amina B.' })
    expect(getProfile(share)?.phone).toBeUndefined()
  })

  it('new items of a section picked whole appear; new items elsewhere do not', () => {
    const { doc, share } = setup()
    const e = sampleExperience({ title: 'Stage en cuisine' })
    putItem(doc, 'experiences', e)
    expect(getItem(share, 'experiences', e.id)?.title).toBe('Stage en cuisine')
    const c = sampleCompetence({ label: 'NEW-UNPICKED-COMP' })
    putItem(doc, 'competences', c)
    expect(getItem(share, 'competences', c.id)).toBeUndefined()
  })

  it('HOSTILE: changes to unpicked items (competence, journal, health, debts) never reach the share', () => {
    const { doc, ids, share, stream } = setup()
    const before = Y.encodeStateVector(share)
    const c = getItem(doc, 'competences', ids.cUnpicked)
    if (!c) throw new Error('fixture')
    putItem(doc, 'competences', { ...c, label: 'LIVE-UNPICKED-COMP' })
    putItem(doc, 'journal', sampleJournalEntry({ text: 'LIVE-JOURNAL-SECRET' }))
    putSituationItem(doc, { area: 'health', status: 'obstacle', note: 'LIVE-HEALTH-SECRET' })
    putSituationItem(doc, { area: 'resources', status: 'obstacle', note: 'LIVE-DEBT-SECRET' })
    expect(Y.encodeStateVector(share)).toEqual(before)
    for (const bytes of [Y.encodeStateAsUpdate(share), stream()])
      for (const s of [
        'LIVE-UNPICKED-COMP',
        'LIVE-JOURNAL-SECRET',
        'LIVE-HEALTH-SECRET',
        'LIVE-DEBT-SECRET',
        'HEALTH-SECRET',
        'JOURNAL-SECRET',
        'UNPICKED-COMP-LABEL',
        ids.cUnpicked,
      ])
        expect(bytesContain(bytes, s), s).toBe(false)
  })

  it('linking an unpicked competence to a shared experience does not leak its id', () => {
    const { doc, ids, share, stream } = setup()
    const e = getItem(doc, 'experiences', ids.exUnpicked)
    if (!e) throw new Error('fixture')
    putItem(doc, 'experiences', { ...e, competenceIds: [ids.cUnpicked, ids.cPicked] })
    expect(getItem(share, 'experiences', ids.exUnpicked)?.competenceIds).toEqual([ids.cPicked])
    expect(bytesContain(stream(), ids.cUnpicked)).toBe(false)
  })

  it('deleting a picked item removes it, its references and its text from the share state', () => {
    const { doc, ids, share } = setup()
    expect(getItem(share, 'experiences', ids.exPicked)?.competenceIds).toEqual([ids.cPicked])
    removeItem(doc, 'competences', ids.cPicked)
    expect(getItem(share, 'competences', ids.cPicked)).toBeUndefined()
    expect(countItems(share, 'validations')).toBe(0)
    expect(getItem(share, 'experiences', ids.exPicked)?.competenceIds).toEqual([])
    const bytes = Y.encodeStateAsUpdate(share)
    expect(bytesContain(bytes, 'PICKED-COMP à l’heure')).toBe(false)
    expect(bytesContain(bytes, 'VALIDATION-PICKED')).toBe(false)
  })

  it('writes one share transaction per booklet transaction, also for remote updates', () => {
    const { doc, share, transactions } = setup()
    const start = transactions()
    const a = sampleExperience({ title: 'A' })
    const b = sampleExperience({ title: 'B' })
    doc.transact(() => {
      putItem(doc, 'experiences', a)
      putItem(doc, 'experiences', b)
      putItem(doc, 'journal', sampleJournalEntry())
    })
    expect(transactions() - start).toBe(1)
    // Another device of the holder edits; its update arrives through the private room.
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    const c = sampleExperience({ title: 'From the other phone' })
    putItem(other, 'experiences', c)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)))
    expect(getItem(share, 'experiences', c.id)?.title).toBe('From the other phone')
    expect(transactions() - start).toBe(2)
  })

  it('stops on demand, and by itself once the share has expired', () => {
    const { doc, share, stop } = setup()
    stop()
    const e = sampleExperience({ title: 'After stop' })
    putItem(doc, 'experiences', e)
    expect(getItem(share, 'experiences', e.id)).toBeUndefined()

    const { doc: doc2, ids } = projectionFixture()
    const sel = live({ experiences: { all: true } })
    const share2 = createBookletDoc()
    let now = NOW
    startLiveProjection(doc2, share2, sel, () => now)
    expect(getItem(share2, 'experiences', ids.exPicked)).toBeDefined()
    now = new Date(Date.parse(sel.expiresAt) + 1)
    const late = sampleExperience({ title: 'After expiry' })
    putItem(doc2, 'experiences', late)
    now = NOW
    putItem(doc2, 'experiences', sampleExperience())
    expect(countItems(share2, 'experiences')).toBe(2)
  })

  it('continues a share doc made by projectBooklet, and refuses a snapshot selection', () => {
    const { doc, ids } = projectionFixture()
    const sel = live({ competences: { ids: [ids.cPicked] } })
    const share = projectBooklet(doc, sel, NOW)
    const sv = Y.encodeStateVector(share)
    startLiveProjection(doc, share, sel, () => NOW)
    expect(Y.encodeStateVector(share)).toEqual(sv)
    const snap = createShareSelection({ recipient: 'CPAS', sections: { experiences: { all: true } } }, NOW)
    if (!snap.ok) throw new Error('selection')
    expect(() => startLiveProjection(doc, createBookletDoc(), snap.value)).toThrow(/snapshot/)
  })
})
