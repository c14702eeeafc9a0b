// Structure-aware fuzzer of Yjs updates against the relay's role check plus Y.applyUpdate.
// Each case is a well-formed v1 update (tests/support/update-forge.ts) built on top of a small
// room: items whose origin, right origin and parent point at random known ids (the room's, the
// update's own, itself, later clocks of its own client, clocks nobody has), long chains, deep
// nesting, foreign client ids, GC and skip structs, delete ranges. The oracle: whatever the
// check accepts must apply without throwing and without leaving structs waiting; nothing may
// overflow the stack. `npm run fuzz:relay` runs it with FUZZ_UPDATES (default 1,000,000) before
// the socket fuzzing; sync-server/update-fuzz.test.ts runs 100,000 cases.
import * as Y from 'yjs'
import type { Role } from '../src/protocol/token.ts'
import { inspectUpdate, type UpdateCheck } from '../sync-server/update-check.ts'
import {
  chainUpdate,
  type ForgedClient,
  type ForgedId,
  type ForgedStruct,
  forgedLength,
  forgeUpdate,
} from '../tests/support/update-forge.ts'
import { Rng } from './seeded-rng.ts'

const OWNER = 101
const NESTER = 202

/** The room every case starts from: a chain of entries, a nested array, a map key, a deletion. */
export function baseRoom(): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = OWNER
  const entries = doc.getArray<unknown>('entries')
  entries.push([new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])])
  entries.delete(1, 1)
  const nester = new Y.Doc()
  nester.clientID = NESTER
  Y.applyUpdate(nester, Y.encodeStateAsUpdate(doc))
  const inner = new Y.Array<unknown>()
  nester.getArray<unknown>('entries').push([inner])
  inner.push([1, 2])
  nester.getMap('m').set('k', 'v')
  return Y.encodeStateAsUpdate(nester)
}

function randomId(rng: Rng, client: number, clock: number, clients: number[]): ForgedId {
  switch (rng.int(8)) {
    case 0:
      return { client, clock } // itself
    case 1:
      return { client, clock: clock + 1 + rng.int(3) } // later in its own client
    case 2:
      return { client: rng.pick(clients), clock: rng.int(6) }
    case 3:
      return { client: rng.pick([OWNER, NESTER]), clock: rng.int(5) }
    case 4:
      return { client: rng.pick(clients), clock: 1000 + rng.int(1000) } // nobody has it
    default:
      return { client, clock: Math.max(0, clock - 1 - rng.int(3)) }
  }
}

function randomStruct(rng: Rng, client: number, clock: number, clients: number[]): ForgedStruct {
  const roll = rng.int(20)
  if (roll === 0) return { kind: 'gc', length: 1 + rng.int(3) }
  if (roll === 1) return { kind: 'skip', length: 1 + rng.int(3) }
  const kind = rng.int(5)
  const content =
    kind < 2
      ? { binary: new Uint8Array([kind]) }
      : kind === 2
        ? { any: rng.int(2) === 0 ? [1] : [1, 'x'] }
        : kind === 3
          ? { deleted: 1 + rng.int(2) }
          : { type: 'array' as const }
  const item: ForgedStruct = { kind: 'item', content }
  const shape = rng.int(6)
  if (shape === 0 || shape === 1) item.origin = randomId(rng, client, clock, clients)
  if (shape === 2 || shape === 1) item.rightOrigin = randomId(rng, client, clock, clients)
  if (shape === 3) item.parent = rng.pick(['entries', 'entries', 'other', 'm'])
  if (shape === 4) item.parent = randomId(rng, client, clock, clients)
  if (shape === 5) item.origin = { client, clock: clock - 1 } // the previous one: a chain
  if (item.origin && item.origin.clock < 0) item.origin = null
  if (!item.origin && !item.rightOrigin && rng.int(8) === 0) item.parentSub = 'k'
  return item
}

/** One random update for the base room, and the role it is sent with. */
export function makeCase(rng: Rng): { update: Uint8Array; role: Role } {
  const role: Role = rng.pick(['append', 'append', 'write', 'read'])
  if (rng.int(200) === 0) {
    const client = rng.pick([OWNER, 5000 + rng.int(4)])
    const after = rng.int(2) === 0 ? null : { client: OWNER, clock: rng.int(4) }
    return { update: chainUpdate(client, 200 + rng.int(2000), client === OWNER ? 3 : 0, after), role }
  }
  const clients = [OWNER, NESTER, 5000 + rng.int(4), 6000 + rng.int(4)]
  const forged: ForgedClient[] = []
  const used = new Set<number>()
  for (let c = 0, n = 1 + rng.int(3); c < n; c++) {
    const client = rng.pick(clients)
    if (used.has(client)) continue
    used.add(client)
    const start =
      client === OWNER ? 3 + rng.int(2) - rng.int(2) : client === NESTER ? 4 : rng.int(4) === 0 ? 1 : 0
    let clock = start
    const structs: ForgedStruct[] = []
    for (let i = 0, m = 1 + rng.int(rng.int(10) === 0 ? 60 : 6); i < m; i++) {
      const s = randomStruct(rng, client, clock, clients)
      structs.push(s)
      clock += forgedLength(s)
    }
    forged.push({ client, clock: start, structs })
  }
  const deletes: [number, [number, number][]][] =
    rng.int(6) === 0 ? [[rng.pick(clients), [[rng.int(6), 1 + rng.int(3)]]]] : []
  return { update: forgeUpdate(forged, deletes), role }
}

/** A case the check accepted but Y.applyUpdate threw on or left pending. */
export interface UpdateFuzzFailure {
  seed: number
  index: number
  role: Role
  update: string
  error: string
}

/** What an offline run saw. */
export interface UpdateFuzzReport {
  seed: number
  cases: number
  verdicts: Partial<Record<UpdateCheck, number>>
  /** Cases the check refused whose update Y.applyUpdate would also have choked on. */
  failures: UpdateFuzzFailure[]
  maxStepsPerStruct: number
}

/** Runs `cases` random updates through the check, applying the accepted ones to a fresh room. */
export function runUpdateFuzz(cases: number, seed: number): UpdateFuzzReport {
  const rng = new Rng(seed)
  const base = baseRoom()
  const report: UpdateFuzzReport = { seed, cases, verdicts: {}, failures: [], maxStepsPerStruct: 0 }
  // The check never changes the room, so one pristine room serves every check.
  const pristine = new Y.Doc()
  Y.applyUpdate(pristine, base)
  for (let index = 0; index < cases; index++) {
    const { update, role } = makeCase(rng)
    const outcome = inspectUpdate(pristine, update, role)
    report.verdicts[outcome.verdict] = (report.verdicts[outcome.verdict] ?? 0) + 1
    if (outcome.structs > 0)
      report.maxStepsPerStruct = Math.max(report.maxStepsPerStruct, outcome.steps / outcome.structs)
    if (outcome.verdict !== 'accept') continue
    const fail = (error: string) =>
      report.failures.length < 20 &&
      report.failures.push({ seed, index, role, update: Buffer.from(update).toString('base64'), error })
    const doc = new Y.Doc()
    try {
      Y.applyUpdate(doc, base)
      Y.applyUpdate(doc, update)
      const store = doc.store as unknown as { pendingStructs: unknown; pendingDs: unknown }
      if (store.pendingStructs !== null || store.pendingDs !== null) fail('left pending structs')
    } catch (error) {
      fail(String(error))
    }
  }
  return report
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = Number(process.env.FUZZ_UPDATES ?? 1_000_000)
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
  const start = performance.now()
  const report = runUpdateFuzz(cases, seed)
  const ms = Math.round(performance.now() - start)
  console.log(`offline update fuzz: ${cases} cases in ${ms} ms, seed ${seed}`)
  console.log(
    report.verdicts,
    `failures ${report.failures.length}`,
    `max steps/struct ${report.maxStepsPerStruct}`,
  )
  for (const f of report.failures) console.log(f)
  console.log(JSON.stringify({ ...report, durationMs: ms }))
  if (report.failures.length > 0) process.exitCode = 1
}
