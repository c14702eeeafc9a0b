// Projections: exactly the picked items, references pruned, nothing unpicked in the bytes (hostile).
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createShareSelection,
  newId,
  type ShareSelection,
  type ShareSelectionInput,
  sampleCompetence,
  sampleExperience,
} from '../domain/index.ts'
import { getProfile } from './profile.ts'
import { projectBooklet, projectionSummary, readShareMeta, syncProjection } from './projection.ts'
import { bytesContain, projectionFixture, SECRETS, SHARED } from './projection-fixture.ts'
import { countItems, getItem, listItems } from './read.ts'
import { patchRecord } from './record-fixture.ts'
import { getSituation } from './situation.ts'
import { BOOKLET_SCHEMA_VERSION, readSchemaVersion } from './version.ts'
import { putItem } from './write.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')

const selection = (sections: ShareSelectionInput['sections'], extra: Partial<ShareSelectionInput> = {}) => {
  const r = createShareSelection({ recipient: 'CPAS de Namur — service insertion', sections, ...extra }, NOW)
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value
}

const scenario2 = (ids: ReturnType<typeof projectionFixture>['ids'], unknown = newId()): ShareSelection =>
  selection(
    {
      experiences: { ids: [ids.exPicked, unknown] },
      competences: { ids: [ids.cPicked] },
      projects: { ids: [ids.prPicked] },
      objectives: { ids: [ids.obPicked] },
      path: { all: true },
      situation: { ids: ['mobility'] },
      journal: { ids: [ids.jPicked] },
    },
    { profile: ['city'] },
  )

describe('projectBooklet', () => {
  it('leaves out a validation the holder hid', () => {
    const { doc, ids } = projectionFixture()
    const shown = getItem(doc, 'validations', ids.vPicked)
    if (!shown) throw new Error('fixture has no picked validation')
    expect(putItem(doc, 'validations', { ...shown, hidden: true }).ok).toBe(true)
    const p = projectBooklet(doc, scenario2(ids), NOW)
    expect(countItems(p, 'validations')).toBe(0)
    expect(Buffer.from(Y.encodeStateAsUpdate(p)).includes('VALIDATION-PICKED')).toBe(false)
  })

  it('holds exactly the picked items, with references pruned', () => {
    const { doc, ids } = projectionFixture()
    const p = projectBooklet(doc, scenario2(ids), NOW)
    expect(listItems(p, 'experiences').items.map((e) => e.id)).toEqual([ids.exPicked])
    expect(getItem(p, 'experiences', ids.exPicked)?.competenceIds).toEqual([ids.cPicked])
    expect(getItem(p, 'competences', ids.cPicked)?.experienceIds).toEqual([ids.exPicked])
    expect(listItems(p, 'validations').items.map((v) => v.id)).toEqual([ids.vPicked])
    expect(listItems(p, 'projects').items.map((x) => x.id)).toEqual([ids.prPicked])
    const objective = getItem(p, 'objectives', ids.obPicked)
    expect(objective?.title).toBe('PICKED-OBJECTIVE permis')
    expect(objective && 'projectId' in objective).toBe(false)
    expect(listItems(p, 'steps').items.map((s) => s.id)).toEqual([ids.stPicked])
    const stage = getItem(p, 'path', ids.stage)
    expect(stage?.organisation).toBe('PICKED-PATH CISP')
    expect(stage && 'contactId' in stage).toBe(false)
    expect(countItems(p, 'contacts')).toBe(0)
    expect(listItems(p, 'journal').items.map((j) => j.id)).toEqual([ids.jPicked])
    expect(getSituation(p).filter((s) => s.note !== '')).toEqual([
      { area: 'mobility', status: 'attention', note: 'MOBILITY-SHARED pas de voiture' },
    ])
    expect(p.getMap('situation').size).toBe(1)
    expect(getProfile(p)).toMatchObject({ displayName: 'Amina', city: 'Namur', languages: [] })
    expect(getProfile(p)?.email).toBeUndefined()
    for (const s of ['experiences', 'competences', 'steps', 'journal'] as const)
      expect(listItems(p, s).invalid).toEqual([])
  })

  it('is a booklet layout at the same schema version, with the share meta, readable after transport', () => {
    const { doc, ids } = projectionFixture()
    const sel = scenario2(ids)
    const p = projectBooklet(doc, sel, NOW)
    const received = new Y.Doc()
    Y.applyUpdate(received, Y.encodeStateAsUpdate(p))
    expect(readSchemaVersion(received)).toBe(BOOKLET_SCHEMA_VERSION)
    expect(listItems(received, 'steps').items.map((s) => s.id)).toEqual([ids.stPicked])
    expect(readShareMeta(received)).toEqual({
      recipient: 'CPAS de Namur — service insertion',
      mode: 'snapshot',
      expiresAt: sel.expiresAt,
      sharedAt: NOW.toISOString(),
      profileFields: ['city'],
      sections: {
        experiences: 'items',
        competences: 'items',
        projects: 'items',
        objectives: 'items',
        path: 'all',
        situation: 'items',
        journal: 'items',
      },
    })
  })

  it('HOSTILE: no string or id of an unpicked, invalid, deleted or unknown item in the encoded bytes', () => {
    const { doc, ids } = projectionFixture()
    const unknown = newId()
    const bytes = Y.encodeStateAsUpdate(projectBooklet(doc, scenario2(ids, unknown), NOW))
    // The fixture's booklet itself holds every secret (the search can find them).
    const all = Y.encodeStateAsUpdate(doc)
    for (const s of SECRETS.filter((x) => x !== 'DELETED-SECRET')) expect(bytesContain(all, s), s).toBe(true)
    for (const s of SECRETS) expect(bytesContain(bytes, s), s).toBe(false)
    for (const s of SHARED) expect(bytesContain(bytes, s), s).toBe(true)
    const hidden = [ids.cUnpicked, ids.exUnpicked, ids.prUnpicked, ids.obUnpicked, ids.stUnpicked]
    for (const id of [
      ...hidden,
      ids.contact,
      ids.jSecret,
      ids.vUnpicked,
      ids.invalidId,
      ids.deleted,
      unknown,
    ])
      expect(bytesContain(bytes, id), id).toBe(false)
    for (const area of ['health', 'resources', 'housing']) expect(bytesContain(bytes, area), area).toBe(false)
  })

  it('a whole section follows `all`, still pruning references to unpicked items', () => {
    const { doc, ids } = projectionFixture()
    // A valid-looking item under a key that is not an id is not read, hence not projected.
    const { id: _, ...fields } = sampleExperience({ title: 'BADKEY-SECRET' })
    const bad = new Y.Map<unknown>()
    doc.getMap('experiences').set('__proto__', bad)
    for (const [k, v] of Object.entries(fields)) bad.set(k, v)
    const p = projectBooklet(doc, selection({ experiences: { all: true } }), NOW)
    expect(bytesContain(Y.encodeStateAsUpdate(doc), 'BADKEY-SECRET')).toBe(true)
    expect(bytesContain(Y.encodeStateAsUpdate(p), 'BADKEY-SECRET')).toBe(false)
    expect(
      listItems(p, 'experiences')
        .items.map((e) => e.id)
        .sort(),
    ).toEqual([ids.exPicked, ids.exUnpicked].sort())
    expect(getItem(p, 'experiences', ids.exPicked)?.competenceIds).toEqual([])
    expect(countItems(p, 'competences') + countItems(p, 'validations') + countItems(p, 'journal')).toBe(0)
    expect(p.getMap('situation').size).toBe(0)
    expect(bytesContain(Y.encodeStateAsUpdate(p), 'INVALID-SECRET')).toBe(false)
  })

  it('ignores unknown ids (counted as missing), and an unfilled or invalid situation area', () => {
    const { doc, ids } = projectionFixture()
    const sel = selection({
      competences: { ids: [ids.cPicked, newId(), newId()] },
      situation: { ids: ['housing', 'mobility', 'language'] },
    })
    doc.getMap('situation').set('language', 'not a map')
    const p = projectBooklet(doc, sel, NOW)
    expect(countItems(p, 'competences')).toBe(1)
    expect([...p.getMap('situation').keys()]).toEqual(['mobility'])
    const summary = projectionSummary(sel, doc)
    expect(summary.sections.competences.missing).toBe(2)
    expect(summary.sections.situation).toEqual({
      count: 1,
      items: [{ id: 'mobility', title: 'mobility' }],
      missing: 2,
    })
  })

  it('a second sync of an unchanged booklet writes nothing', () => {
    const { doc, ids } = projectionFixture()
    const sel = scenario2(ids)
    const p = projectBooklet(doc, sel, NOW)
    const before = Y.encodeStateVector(p)
    expect(syncProjection(doc, p, sel, NOW)).toBe(0)
    expect(Y.encodeStateVector(p)).toEqual(before)
  })

  it('replaces foreign fields and removes foreign items already present in the target', () => {
    const { doc, ids } = projectionFixture()
    const sel = scenario2(ids)
    const p = projectBooklet(doc, sel, NOW)
    putItem(p, 'competences', sampleCompetence({ label: 'FOREIGN-ITEM' }))
    patchRecord(p.getMap('experiences'), ids.exPicked, { stray: 'FOREIGN-FIELD' })
    expect(syncProjection(doc, p, sel, NOW)).toBeGreaterThan(0)
    const bytes = Y.encodeStateAsUpdate(p)
    expect(bytesContain(bytes, 'FOREIGN-ITEM')).toBe(false)
    expect(bytesContain(bytes, 'FOREIGN-FIELD')).toBe(false)
    expect(getItem(p, 'experiences', ids.exPicked)?.title).toBe('PICKED-EXP banque alimentaire')
  })
})

describe('projectionSummary', () => {
  it('lists counts and titles per section: exactly what the operator will see', () => {
    const { doc, ids } = projectionFixture()
    const s = projectionSummary(scenario2(ids), doc)
    expect(s.recipient).toBe('CPAS de Namur — service insertion')
    expect(s.profile).toEqual({ displayName: 'Amina', fields: ['city'] })
    expect(s.sections.experiences).toEqual({
      count: 1,
      items: [{ id: ids.exPicked, title: 'PICKED-EXP banque alimentaire' }],
      missing: 1,
    })
    expect(s.sections.validations.items).toEqual([
      { id: ids.vPicked, title: 'PICKED-COMP à l’heure — M. Lambert' },
    ])
    expect(s.sections.steps.items.map((i) => i.title)).toEqual(['PICKED-STEP auto-école'])
    expect(s.sections.journal.items).toEqual([
      { id: ids.jPicked, title: '2025-02-28 — JOURNAL-PICKED premier jour' },
    ])
    expect(s.sections.contacts.count).toBe(0)
    expect(s.total).toBe(9)
    const text = JSON.stringify(s)
    for (const secret of SECRETS) expect(text.includes(secret), secret).toBe(false)
  })
})
