// `npx tsx scripts/bench-receive-validations.ts`: what reading a validation inbox costs the holder's
// device (Node, same code as the app). An inbox with N signed credentials (one trainer, one holder,
// N competences): the first reading verifies and stores each; a second reading of the same inbox finds
// them all stored (counted without a second proof check); reading the booklet's validations verifies
// each stored one (cached per stored value, so the second read is free).
// Prints a table and, as its last line, {"n":…, "firstMs":…, "againMs":…, "readMs":…, "readCachedMs":…}.
import * as Y from 'yjs'
import { createBookletDoc } from '../src/booklet/layout.ts'
import { ensureHolderRef } from '../src/booklet/validations.ts'
import { putItem } from '../src/booklet/write.ts'
import { generateTrainerKeys, issueCredential } from '../src/credential/index.ts'
import { sampleCompetence } from '../src/domain/samples.ts'
import { readValidations, receiveValidations } from '../src/features/validations/verify.ts'
import { credentialMessage, inboxMessages } from '../src/protocol/inbox.ts'
import { printTable, round1 } from './bench/stats.ts'

const N = Number(process.env.N ?? 20)

const booklet = createBookletDoc()
const holder = ensureHolderRef(booklet)
const keys = generateTrainerKeys()
const inbox = new Y.Doc()
for (let i = 0; i < N; i++) {
  const c = sampleCompetence({ label: `Compétence ${i + 1}` })
  if (!putItem(booklet, 'competences', c).ok) throw new Error('competence')
  const credential = await issueCredential({
    trainer: { name: 'M. Lambert', organisation: 'CISP Le Chantier' },
    keys,
    holderIdentifier: holder,
    competence: { id: c.id, label: c.label, family: c.family },
    assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-03-10' },
  })
  inboxMessages(inbox).push([
    JSON.stringify(credentialMessage(credential as unknown as Record<string, unknown>)),
  ])
}

const time = async <T>(f: () => Promise<T>): Promise<[number, T]> => {
  const t0 = performance.now()
  const r = await f()
  return [performance.now() - t0, r]
}

const [firstMs, first] = await time(() => receiveValidations(booklet, inbox))
if (first.added.length !== N) throw new Error(`stored ${first.added.length} of ${N}`)
const [againMs, again] = await time(() => receiveValidations(booklet, inbox))
if (again.already !== N) throw new Error('second reading')
const [readMs, read] = await time(() => readValidations(booklet))
if (!read.every((c) => c.state === 'verified')) throw new Error('not verified')
const [readCachedMs] = await time(() => readValidations(booklet))

printTable(
  ['step', `ms for ${N} credentials`, 'ms per credential'],
  [
    ['first reading (verify + store)', round1(firstMs), round1(firstMs / N)],
    ['same inbox again (all stored)', round1(againMs), round1(againMs / N)],
    ['read validations (verify each)', round1(readMs), round1(readMs / N)],
    ['read validations again (cached)', round1(readCachedMs), round1(readCachedMs / N)],
  ],
)
console.log(
  JSON.stringify({
    n: N,
    firstMs: round1(firstMs),
    againMs: round1(againMs),
    readMs: round1(readMs),
    readCachedMs: round1(readCachedMs),
  }),
)
