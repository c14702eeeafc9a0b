// Two offline devices of the same holder each create the holder reference; after they merge (in
// either order) both read the same reference, and credentials made for either are still received.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ensureHolderRef, holderRefOf, holderRefsOf } from '../../booklet/index.ts'
import { assessment, validationFixture } from '../../booklet/validation-fixture.ts'
import { generateTrainerKeys, issueCredential } from '../../credential/index.ts'
import { HOLDER_REF_KEY } from '../../domain/index.ts'
import { credentialMessage, inboxMessages } from '../../protocol/index.ts'
import { readValidations, receiveValidations } from './verify.ts'

const copy = (doc: Y.Doc, clientID: number): Y.Doc => {
  const d = new Y.Doc()
  d.clientID = clientID
  Y.applyUpdate(d, Y.encodeStateAsUpdate(doc))
  return d
}

const merge = (a: Y.Doc, b: Y.Doc) => {
  const ua = Y.encodeStateAsUpdate(a)
  const ub = Y.encodeStateAsUpdate(b)
  Y.applyUpdate(a, ub)
  Y.applyUpdate(b, ua)
}

// A booklet whose competences exist but no holder reference yet (as before the first request).
const withoutRef = () => {
  const f = validationFixture()
  const meta = f.doc.getMap('meta')
  for (const key of [...meta.keys()]) if (key.startsWith(HOLDER_REF_KEY)) meta.delete(key)
  expect(holderRefOf(f.doc)).toBeUndefined()
  return f
}

describe('holder reference created on two offline devices', () => {
  it('is the same on both devices after a merge, whatever the client ids', () => {
    for (const [idA, idB] of [
      [10, 20],
      [20, 10],
    ] as const) {
      const f = withoutRef()
      const a = copy(f.doc, idA)
      const b = copy(f.doc, idB)
      const refA = ensureHolderRef(a)
      const refB = ensureHolderRef(b)
      expect(refA).not.toBe(refB)
      merge(a, b)
      expect(holderRefsOf(a)).toEqual([refA, refB].sort())
      expect(holderRefsOf(b)).toEqual(holderRefsOf(a))
      expect(holderRefOf(a)).toBe([refA, refB].sort()[0])
      expect(ensureHolderRef(b)).toBe(holderRefOf(a))
      // Asking again changes nothing: no new reference once one is known.
      const before = Y.encodeStateVector(a)
      ensureHolderRef(a)
      expect(Y.encodeStateVector(a)).toEqual(before)
    }
  })

  it('keeps accepting credentials made for either reference after the merge', async () => {
    const f = withoutRef()
    const a = copy(f.doc, 1)
    const b = copy(f.doc, 2)
    const refs = [ensureHolderRef(a), ensureHolderRef(b)]
    const [c1, c2] = f.competences as [(typeof f.competences)[0], (typeof f.competences)[0]]
    const keys = generateTrainerKeys()
    const trainer = { name: 'M. Lambert', organisation: 'CISP Le Chantier' }
    const inbox = new Y.Doc()
    for (const [i, c] of [c1, c2].entries()) {
      const credential = await issueCredential({
        trainer,
        keys,
        holderIdentifier: refs[i] ?? '',
        competence: { id: c.id, label: c.label, family: c.family },
        assessment: assessment(),
      })
      inboxMessages(inbox).push([
        JSON.stringify(credentialMessage(credential as unknown as Record<string, unknown>)),
      ])
    }
    merge(a, b)
    const report = await receiveValidations(a, inbox)
    expect(report.rejected).toEqual([])
    expect(report.added.map((v) => v.competenceId).sort()).toEqual([c1.id, c2.id].sort())
    merge(a, b)
    expect((await readValidations(b)).map((c) => c.state)).toEqual(['verified', 'verified'])
  })

  it('still reads a booklet written before the fix (only the single key)', () => {
    const f = withoutRef()
    f.doc.getMap('meta').set(HOLDER_REF_KEY, 'h-0123456789abcdef0123456789abcdef')
    expect(holderRefsOf(f.doc)).toEqual(['h-0123456789abcdef0123456789abcdef'])
    f.doc.getMap('meta').set(`${HOLDER_REF_KEY}:h-ffff`, 'h-ffff')
    f.doc.getMap('meta').set(`${HOLDER_REF_KEY}:h-00000000000000000000000000000000`, 'h-1')
    expect(holderRefsOf(f.doc)).toEqual(['h-0123456789abcdef0123456789abcdef'])
  })
})
