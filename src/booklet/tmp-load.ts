import * as Y from 'yjs'
import { sampleCompetence, sampleExperience, sampleJournalEntry } from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { putItem } from './write.ts'
const source = createBookletDoc()
for (let i = 0; i < 1_000; i++) putItem(source, 'experiences', sampleExperience({ title: `Expérience ${i}` }))
for (let i = 0; i < 2_000; i++) putItem(source, 'competences', sampleCompetence({ label: `Compétence ${i}` }))
for (let i = 0; i < 5_000; i++) putItem(source, 'journal', sampleJournalEntry({ text: `Jour ${i}: ${'mots '.repeat(20)}` }))
const u1 = Y.encodeStateAsUpdate(source)
const u2 = Y.encodeStateAsUpdateV2(source)
let structs = 0
for (const arr of source.store.clients.values()) structs += arr.length
console.log('structs', structs, 'v1 bytes', u1.length, 'v2 bytes', u2.length, 'clients', source.store.clients.size)
for (let k = 0; k < 3; k++) {
  let t = performance.now(); const d = new Y.Doc(); Y.applyUpdate(d, u1); const a = performance.now() - t
  t = performance.now(); const d2 = new Y.Doc(); Y.applyUpdateV2(d2, u2); const b = performance.now() - t
  console.log('v1', a.toFixed(0), 'v2', b.toFixed(0))
}
