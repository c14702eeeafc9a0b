// Test fixture for projections (not used by the app): a booklet where every section holds a picked
// and an unpicked item, each unpicked one carrying a marker string that must never reach a share.
import type * as Y from 'yjs'
import {
  type CompetenceId,
  type ContactId,
  type ExperienceId,
  newId,
  sampleCompetence,
  sampleContact,
  sampleExperience,
  sampleJournalEntry,
  sampleObjective,
  samplePathStage,
  sampleProject,
  sampleStep,
  sampleValidation,
} from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { putProfile } from './profile.ts'
import { entryOf, rawFieldsOf, storeRecord } from './record.ts'
import { putSituationItem } from './situation.ts'
import { putItem, removeItem } from './write.ts'

/** Strings that must never appear in a projection of the fixture under FIXTURE_PICKS. */
export const SECRETS = [
  'HEALTH-SECRET dépression',
  'DEBT-SECRET dettes 4 000 €',
  'JOURNAL-SECRET je n’en peux plus',
  'UNPICKED-EXP-TITLE travail au noir',
  'UNPICKED-COMP-LABEL',
  'VALIDATION-UNPICKED',
  'UNPICKED-PROJECT',
  'UNPICKED-OBJECTIVE',
  'UNPICKED-STEP',
  'CONTACT-SECRET',
  'INVALID-SECRET',
  'FUTURE-SECRET',
  'DELETED-SECRET',
  'amina.secret@example.org',
  '+32 470 11 22 33',
] as const

/** Strings of picked items: they must appear. */
export const SHARED = [
  'PICKED-EXP banque alimentaire',
  'PICKED-COMP à l’heure',
  'VALIDATION-PICKED',
  'PICKED-PROJECT commis',
  'PICKED-OBJECTIVE permis',
  'PICKED-STEP auto-école',
  'MOBILITY-SHARED pas de voiture',
  'JOURNAL-PICKED premier jour',
  'PICKED-PATH CISP',
  'Amina',
  'Namur',
] as const

const must = <T>(r: { ok: true; value: T } | { ok: false; code: string }): T => {
  if (!r.ok) throw new Error(`fixture write failed: ${r.code}`)
  return r.value
}

/** A booklet with picked and unpicked items in every section; returns the doc and the ids. */
export const projectionFixture = () => {
  const doc = createBookletDoc()
  const cPicked = sampleCompetence({ label: 'PICKED-COMP à l’heure' })
  const cUnpicked = sampleCompetence({ label: 'UNPICKED-COMP-LABEL', suggestionKey: 'teamwork' })
  const exPicked = sampleExperience({
    title: 'PICKED-EXP banque alimentaire',
    competenceIds: [cPicked.id, cUnpicked.id],
  })
  const exUnpicked = sampleExperience({ title: 'UNPICKED-EXP-TITLE travail au noir' })
  cPicked.experienceIds = [exPicked.id, exUnpicked.id]
  const prPicked = sampleProject({ targetJob: 'PICKED-PROJECT commis' })
  const prUnpicked = sampleProject({ targetJob: 'UNPICKED-PROJECT' })
  const obPicked = sampleObjective({ title: 'PICKED-OBJECTIVE permis', projectId: prUnpicked.id })
  const obUnpicked = sampleObjective({ title: 'UNPICKED-OBJECTIVE' })
  const stPicked = sampleStep(obPicked.id, { title: 'PICKED-STEP auto-école' })
  const stUnpicked = sampleStep(obUnpicked.id, { title: 'UNPICKED-STEP' })
  const contact = sampleContact({ name: 'CONTACT-SECRET' })
  const stage = samplePathStage({ organisation: 'PICKED-PATH CISP', contactId: contact.id })
  const jPicked = sampleJournalEntry({ text: 'JOURNAL-PICKED premier jour' })
  const jSecret = sampleJournalEntry({ text: 'JOURNAL-SECRET je n’en peux plus' })
  const vPicked = sampleValidation(cPicked.id, { evidence: 'VALIDATION-PICKED' })
  const vUnpicked = sampleValidation(cUnpicked.id, { evidence: 'VALIDATION-UNPICKED' })
  const invalidId = newId<ExperienceId>()
  const deleted = sampleExperience({ title: 'DELETED-SECRET' })

  must(
    putProfile(doc, {
      displayName: 'Amina',
      email: 'amina.secret@example.org',
      phone: '+32 470 11 22 33',
      city: 'Namur',
      languages: ['français', 'arabe'],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    }),
  )
  for (const c of [cPicked, cUnpicked]) must(putItem(doc, 'competences', c))
  for (const e of [exPicked, exUnpicked, deleted]) must(putItem(doc, 'experiences', e))
  removeItem(doc, 'experiences', deleted.id)
  for (const p of [prPicked, prUnpicked]) must(putItem(doc, 'projects', p))
  for (const o of [obPicked, obUnpicked]) must(putItem(doc, 'objectives', o))
  for (const s of [stPicked, stUnpicked]) must(putItem(doc, 'steps', s))
  must(putItem(doc, 'contacts', contact))
  must(putItem(doc, 'path', stage))
  for (const j of [jPicked, jSecret]) must(putItem(doc, 'journal', j))
  for (const v of [vPicked, vUnpicked]) must(putItem(doc, 'validations', v))
  const at = '2025-02-01T00:00:00.000Z'
  must(
    putSituationItem(doc, {
      area: 'health',
      status: 'obstacle',
      note: 'HEALTH-SECRET dépression',
      updatedAt: at,
    }),
  )
  must(putSituationItem(doc, { area: 'resources', status: 'obstacle', note: 'DEBT-SECRET dettes 4 000 €' }))
  must(
    putSituationItem(doc, { area: 'mobility', status: 'attention', note: 'MOBILITY-SHARED pas de voiture' }),
  )
  doc.transact(() => {
    // An item that does not validate, and a field from a newer app on a picked item.
    const experiences = doc.getMap('experiences')
    storeRecord(experiences, invalidId, { kind: 'bogus', title: 'INVALID-SECRET' })
    const picked = rawFieldsOf(entryOf(experiences, exPicked.id) as Y.Item)
    storeRecord(experiences, exPicked.id, { ...picked, futureField: 'FUTURE-SECRET' })
  })
  return {
    doc,
    ids: {
      cPicked: cPicked.id,
      cUnpicked: cUnpicked.id as CompetenceId,
      exPicked: exPicked.id,
      exUnpicked: exUnpicked.id,
      prPicked: prPicked.id,
      prUnpicked: prUnpicked.id,
      obPicked: obPicked.id,
      obUnpicked: obUnpicked.id,
      stPicked: stPicked.id,
      stUnpicked: stUnpicked.id,
      contact: contact.id as ContactId,
      stage: stage.id,
      jPicked: jPicked.id,
      jSecret: jSecret.id,
      vPicked: vPicked.id,
      vUnpicked: vUnpicked.id,
      invalidId,
      deleted: deleted.id,
    },
  }
}

/** True when the UTF-8 bytes of `s` occur in `bytes`. */
export const bytesContain = (bytes: Uint8Array, s: string): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(s, 'utf8'))
