// Fills a booklet document with ten years of use, through the booklet module's own putItem
// (so every item passes the domain schemas): 1,000 experiences, 2,000 competences linked to
// them, 200 objectives with 600 steps, 5,000 journal entries, plus projects, path stages and
// contacts. Deterministic: a seeded generator picks texts, dates and links.
import * as Y from 'yjs'
import { putItem, rawRecords, SECTIONS } from '../../src/booklet/index.ts'
import { putOldForm, recordMap } from '../../src/booklet/record-fixture.ts'
import {
  COMPETENCE_FAMILIES,
  COMPETENCE_LEVELS,
  type CompetenceId,
  type ContactId,
  EXPERIENCE_KINDS,
  type ExperienceId,
  JOURNAL_MOODS,
  type JournalEntryId,
  newId,
  type ObjectiveId,
  PATH_STAGE_KINDS,
  type PathStageId,
  PROJECT_STATUSES,
  type ProjectId,
  SAVOIR_ETRE_SUGGESTIONS,
  STEP_STATUSES,
  type StepId,
} from '../../src/domain/index.ts'
import { Rng } from '../seeded-rng.ts'

/** How many items of each section the ten-year booklet holds. */
export const TEN_YEARS = {
  experiences: 1000,
  competences: 2000,
  objectives: 200,
  steps: 600,
  journal: 5000,
  projects: 12,
  path: 40,
  contacts: 60,
} as const

const WORDS = [
  'accueil',
  'vente',
  'cuisine',
  'entretien',
  'magasin',
  'caisse',
  'livraison',
  'jardin',
  'chantier',
  'bureau',
  'clients',
  'stock',
  'équipe',
  'horaires',
  'sécurité',
  'atelier',
  'classement',
  'colis',
  'enfants',
  'personnes âgées',
  'ordinateur',
  'tableur',
  'téléphone',
  'permis',
  'français',
  'néerlandais',
]

/** The seeded source with a maker of word runs, so every run builds the same booklet. */
class BookletRng extends Rng {
  /** `n` words of the list, space-separated. */
  words(n: number): string {
    return Array.from({ length: n }, () => this.pick(WORDS)).join(' ')
  }
}

const START = Date.UTC(2016, 0, 4)
const DAY = 86_400_000
const day = (offset: number) => new Date(START + offset * DAY).toISOString().slice(0, 10)
const stamp = (offset: number) => new Date(START + offset * DAY + 9 * 3_600_000).toISOString()

function put(doc: Y.Doc, section: Parameters<typeof putItem>[1], item: unknown): void {
  const result = putItem(doc, section, item as never)
  if (!result.ok) throw new Error(`putItem(${section}) refused a generated item: ${JSON.stringify(result)}`)
}

/** Adds ten years of items to `doc` (one transaction per section keeps it quick). */
export function fillTenYears(doc: Y.Doc, seed = 42): void {
  const r = new BookletRng(seed)
  const experienceIds: ExperienceId[] = []
  doc.transact(() => {
    for (let i = 0; i < TEN_YEARS.experiences; i++) {
      const id = newId<ExperienceId>()
      experienceIds.push(id)
      const start = Math.floor((i * 3650) / TEN_YEARS.experiences)
      put(doc, 'experiences', {
        id,
        kind: r.pick(EXPERIENCE_KINDS),
        title: `${r.words(2)} ${i + 1}`,
        organisation: `Organisation ${r.int(150)}`,
        place: r.pick(['Liège', 'Namur', 'Charleroi', 'Bruxelles', 'Mons', 'Lille']),
        startDate: day(start),
        endDate: day(start + 1 + r.int(60)),
        description: r.words(12),
        competenceIds: [],
        createdAt: stamp(start),
        updatedAt: stamp(start),
      })
    }
  })
  const competenceIds: CompetenceId[] = []
  doc.transact(() => {
    for (let i = 0; i < TEN_YEARS.competences; i++) {
      const id = newId<CompetenceId>()
      competenceIds.push(id)
      const family = r.pick(COMPETENCE_FAMILIES)
      const when = Math.floor((i * 3650) / TEN_YEARS.competences)
      const links = Array.from({ length: 1 + r.int(3) }, () => r.pick(experienceIds))
      put(doc, 'competences', {
        id,
        family,
        label: `${r.words(3)} ${i + 1}`,
        level: r.pick(COMPETENCE_LEVELS),
        experienceIds: [...new Set(links)],
        ...(family === 'savoir-etre' && r.int(2) === 0
          ? { suggestionKey: r.pick(SAVOIR_ETRE_SUGGESTIONS) }
          : {}),
        createdAt: stamp(when),
        updatedAt: stamp(when),
      })
    }
  })
  const projectIds: ProjectId[] = []
  doc.transact(() => {
    for (let i = 0; i < TEN_YEARS.projects; i++) {
      const id = newId<ProjectId>()
      projectIds.push(id)
      put(doc, 'projects', {
        id,
        targetJob: `${r.words(2)} (projet ${i + 1})`,
        wishes: r.words(8),
        needs: r.words(6),
        status: r.pick(PROJECT_STATUSES),
        createdAt: stamp(i * 300),
        updatedAt: stamp(i * 300),
      })
    }
    for (let i = 0; i < TEN_YEARS.contacts; i++) {
      put(doc, 'contacts', {
        id: newId<ContactId>(),
        name: `Personne ${i + 1}`,
        organisation: `Organisme ${r.int(30)}`,
        role: r.pick(['Conseillère', 'Formateur', 'Assistante sociale']),
        phone: `04 ${100 + r.int(800)} ${10 + r.int(89)} ${10 + r.int(89)}`,
        createdAt: stamp(i * 60),
        updatedAt: stamp(i * 60),
      })
    }
    for (let i = 0; i < TEN_YEARS.path; i++) {
      const start = i * 90
      put(doc, 'path', {
        id: newId<PathStageId>(),
        kind: PATH_STAGE_KINDS[i % PATH_STAGE_KINDS.length],
        organisation: `Organisme ${r.int(30)}`,
        referent: `Référent ${r.int(40)}`,
        startDate: day(start),
        endDate: day(start + 80),
        createdAt: stamp(start),
        updatedAt: stamp(start),
      })
    }
  })
  doc.transact(() => {
    const objectiveIds: ObjectiveId[] = []
    for (let i = 0; i < TEN_YEARS.objectives; i++) {
      const id = newId<ObjectiveId>()
      objectiveIds.push(id)
      put(doc, 'objectives', {
        id,
        title: `Objectif ${i + 1} : ${r.words(3)}`,
        projectId: r.pick(projectIds),
        targetDate: day(i * 18 + 30),
        createdAt: stamp(i * 18),
        updatedAt: stamp(i * 18),
      })
    }
    for (let i = 0; i < TEN_YEARS.steps; i++) {
      const proposedByHolder = r.int(2) === 0
      put(doc, 'steps', {
        id: newId<StepId>(),
        objectiveId: objectiveIds[i % objectiveIds.length],
        title: `Étape ${i + 1} : ${r.words(3)}`,
        dueDate: day(i * 6 + 10),
        status: r.pick(STEP_STATUSES),
        proposedBy: proposedByHolder ? { role: 'holder' } : { role: 'operator', name: 'Conseillère' },
        consent: proposedByHolder ? 'accepted' : r.pick(['proposed', 'accepted', 'refused'] as const),
        commitments: [
          { actor: { role: 'holder' }, text: r.words(5), done: r.int(2) === 0 },
          { actor: { role: 'operator' }, text: r.words(5), done: r.int(2) === 0 },
        ],
        createdAt: stamp(i * 6),
        updatedAt: stamp(i * 6),
      })
    }
  })
  doc.transact(() => {
    for (let i = 0; i < TEN_YEARS.journal; i++) {
      const when = Math.floor((i * 3650) / TEN_YEARS.journal)
      put(doc, 'journal', {
        id: newId<JournalEntryId>(),
        date: day(when),
        text: r.words(20),
        mood: r.pick(JOURNAL_MOODS),
        createdAt: stamp(when),
        updatedAt: stamp(when),
      })
    }
  })
}

/** How the records of a generated booklet are stored: 'json' (the app's form since schema version 4,
 * one JSON text per item), 'object' (one plain Yjs value per item, measured against 'json'),
 * 'old' (one nested Y.Map per item, one key per field: what apps before version 4 wrote). */
export type RecordForm = 'json' | 'object' | 'old'

/** fillTenYears, with the records stored in `form` (the same items and ids for a given seed and base). */
export function fillTenYearsAs(doc: Y.Doc, form: RecordForm, seed = 42): void {
  if (form === 'json') {
    fillTenYears(doc, seed)
    return
  }
  const scratch = new Y.Doc()
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc))
  fillTenYears(scratch, seed)
  for (const section of SECTIONS)
    doc.transact(() => {
      const target = recordMap(doc, section)
      rawRecords(scratch, section, (id, fields) => {
        if (target.has(id)) return
        if (form === 'old') putOldForm(target, id, { ...fields })
        else target.set(id, JSON.parse(JSON.stringify(fields)))
      })
    })
  // An app before version 4 stamps its booklet 3; leave a newer stamp alone (that app reads both).
  if (form === 'old') doc.getMap('meta').set('schemaVersion', 3)
  scratch.destroy()
}
