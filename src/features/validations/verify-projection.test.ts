// Validations in a share: the projection carries the validations of the shared competences (not the
// hidden ones) and the holder references, so that the recipient reads them as verified; a projection
// without validations carries no holder reference.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { hideValidation, holderRefsOf, projectBooklet } from '../../booklet/index.ts'
import { patchRecord } from '../../booklet/record-fixture.ts'
import { assessment, validationFixture } from '../../booklet/validation-fixture.ts'
import { generateTrainerKeys, issueCredential } from '../../credential/index.ts'
import { createShareSelection } from '../../domain/index.ts'
import { credentialMessage, inboxMessages } from '../../protocol/index.ts'
import { readValidations, receiveValidations } from './verify.ts'

const received = async () => {
  const f = validationFixture()
  const keys = generateTrainerKeys()
  const inbox = new Y.Doc()
  for (const c of f.competences) {
    const credential = await issueCredential({
      trainer: { name: 'M. Lambert', organisation: 'CISP Le Chantier' },
      keys,
      holderIdentifier: f.holderRef,
      competence: { id: c.id, label: c.label, family: c.family },
      assessment: assessment(),
    })
    inboxMessages(inbox).push([
      JSON.stringify(credentialMessage(credential as unknown as Record<string, unknown>)),
    ])
  }
  const report = await receiveValidations(f.doc, inbox)
  expect(report.added).toHaveLength(3)
  return { f, added: report.added }
}

const share = (doc: Y.Doc, sections: Parameters<typeof createShareSelection>[0]['sections']) => {
  const s = createShareSelection(
    {
      recipient: 'CPAS de Namur',
      mode: 'snapshot',
      expiresAt: new Date(Date.now() + 864e6).toISOString(),
      sections,
    },
    new Date(),
  )
  if (!s.ok) throw new Error(s.code)
  return projectBooklet(doc, s.value)
}

describe('validations in a share', () => {
  it('go with their competence, verified on the recipient side; hidden ones stay home', async () => {
    const { f, added } = await received()
    const [c1, c2] = f.competences as [(typeof f.competences)[0], (typeof f.competences)[0]]
    const hidden = added.find((v) => v.competenceId === c2.id)
    expect(hideValidation(f.doc, hidden?.id ?? '', true).ok).toBe(true)
    // A fresh doc from the projection's bytes: exactly what the operator's device rebuilds.
    const bytes = Y.encodeStateAsUpdate(share(f.doc, { competences: { ids: [c1.id, c2.id] } }))
    const remote = new Y.Doc()
    Y.applyUpdate(remote, bytes)
    expect(holderRefsOf(remote)).toEqual([f.holderRef])
    const checked = await readValidations(remote)
    expect(checked.map((c) => [c.validation.competenceId, c.state])).toEqual([[c1.id, 'verified']])
    expect(Buffer.from(bytes).includes(hidden?.id ?? 'x')).toBe(false)
  })

  it('an edit made on the way reads as not verifiable on the recipient side', async () => {
    const { f } = await received()
    const [c1] = f.competences as [(typeof f.competences)[0]]
    const remote = share(f.doc, { competences: { ids: [c1.id] } })
    const key = remote.getMap('validations').keys().next().value as string
    patchRecord(remote.getMap('validations'), key, { status: 'validated', level: 4 })
    expect((await readValidations(remote)).map((c) => c.state)).toEqual(['not-verifiable'])
  })

  it('a share without competences carries no holder reference', async () => {
    const { f } = await received()
    const remote = share(f.doc, { experiences: { ids: [f.experience.id] } })
    expect(holderRefsOf(remote)).toEqual([])
    expect(await readValidations(remote)).toEqual([])
  })
})
