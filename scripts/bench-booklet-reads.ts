// Measures reads of a ten-year booklet in Node (not a test): `npx tsx scripts/bench-booklet-reads.ts`.
// Prints a table, then one JSON line. The in-browser open time is measured by `npm run bench:booklet`.
import * as Y from 'yjs'
import { createBookletDoc } from '../src/booklet/layout.ts'
import { competenceFamilyCounts, planOverview } from '../src/booklet/overview.ts'
import { countItems, listItems, listItemsPage } from '../src/booklet/read.ts'
import { putItem } from '../src/booklet/write.ts'
import {
  sampleCompetence,
  sampleExperience,
  sampleJournalEntry,
  sampleObjective,
  sampleStep,
} from '../src/domain/index.ts'

const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now()
  const r = f()
  return [r, Math.round((performance.now() - t0) * 100) / 100]
}

const source = createBookletDoc()
const [, buildMs] = time(() => {
  for (let i = 0; i < 1_000; i++)
    putItem(source, 'experiences', sampleExperience({ title: `Expérience ${i}` }))
  for (let i = 0; i < 2_000; i++)
    putItem(source, 'competences', sampleCompetence({ label: `Compétence ${i}` }))
  for (let i = 0; i < 200; i++) {
    const o = sampleObjective({ title: `Objectif ${i}` })
    putItem(source, 'objectives', o)
    for (let s = 0; s < 5; s++) putItem(source, 'steps', sampleStep(o.id))
  }
  for (let i = 0; i < 5_000; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000 * 0.7).toISOString().slice(0, 10)
    putItem(source, 'journal', sampleJournalEntry({ date: day, text: `Jour ${i}: ${'mots '.repeat(20)}` }))
  }
})
const update = Y.encodeStateAsUpdate(source)

const doc = new Y.Doc()
const [, loadMs] = time(() => Y.applyUpdate(doc, update))
const [counts, countMs] = time(() =>
  ['experiences', 'competences', 'journal'].map((s) => countItems(doc, s as 'journal')),
)
const [j1, journalFirstMs] = time(() => listItems(doc, 'journal'))
const [, journalCachedMs] = time(() => listItems(doc, 'journal'))
const [c1, competencesFirstMs] = time(() => listItems(doc, 'competences'))
const [, competencesCachedMs] = time(() => listItems(doc, 'competences'))
const fresh = new Y.Doc()
Y.applyUpdate(fresh, update)
const sort = { field: 'date', direction: 'desc' } as const
const [p1, pageFirstMs] = time(() => listItemsPage(fresh, 'journal', { limit: 30, sort }))
const [, pageCachedMs] = time(() => listItemsPage(fresh, 'journal', { limit: 30, sort }))
const [, familyMs] = time(() => competenceFamilyCounts(fresh))
const [, planMs] = time(() => planOverview(fresh))
const c = sampleCompetence({ label: 'Nouvelle' })
const [, addMs] = time(() => putItem(doc, 'competences', c))
const [c2, competencesAfterAddMs] = time(() => listItems(doc, 'competences'))

const rows: [string, number | string][] = [
  ['build (putItem × 9,200)', buildMs],
  ['document bytes', update.byteLength],
  ['applyUpdate into a fresh doc', loadMs],
  [`countItems × 3 (${counts.join('/')})`, countMs],
  [`listItems journal (${j1.items.length}) first`, journalFirstMs],
  ['listItems journal cached', journalCachedMs],
  [`listItems competences (${c1.items.length}) first`, competencesFirstMs],
  ['listItems competences cached', competencesCachedMs],
  [`listItemsPage journal 30 by date desc, first (${p1.items.length}/${p1.total})`, pageFirstMs],
  ['listItemsPage journal cached', pageCachedMs],
  ['competenceFamilyCounts (no full validation)', familyMs],
  ['planOverview (200 objectives, 1,000 steps)', planMs],
  ['putItem one competence', addMs],
  [`listItems competences after one add (${c2.items.length})`, competencesAfterAddMs],
]
for (const [k, v] of rows) console.log(`${k.padEnd(60)} ${String(v).padStart(10)}`)
console.log(
  JSON.stringify({
    docBytes: update.byteLength,
    loadMs,
    journalFirstMs,
    journalCachedMs,
    competencesFirstMs,
    competencesCachedMs,
    pageFirstMs,
    pageCachedMs,
    familyMs,
    planMs,
    addMs,
    competencesAfterAddMs,
  }),
)
