// Issue 13: the agenda and saved CVs stay on the person's side: no selection can put them into a share
// projection, and the selection schema refuses them as section names. Job applications are shared only
// as picked one by one (like the journal): never whole, unpicked ones absent, proofs left behind.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createShareSelection, PICK_SECTIONS } from '../domain/index.ts'
import { projectBooklet, projectionSummary, readShareMeta } from './projection.ts'
import { bytesContain, projectionFixture } from './projection-fixture.ts'
import { countItems, listItems } from './read.ts'
import { putItem } from './write.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const stamp = NOW.toISOString()
const SECRETS = ['APPOINTMENT-SECRET Service de médiation de dettes', 'APPLICATION-SECRET Lidl', 'CV-SECRET']
const PICKED_EMPLOYER = 'Boulangerie Dupuis'
const PROOF_ID = 'proof-photo-1'

const withPrivateItems = () => {
  const f = projectionFixture()
  const ok = (r: { ok: boolean }) => expect(r.ok).toBe(true)
  ok(
    putItem(f.doc, 'appointments', {
      id: 'ap1',
      organisation: SECRETS[0] as string,
      date: '2026-03-02',
      status: 'planned',
      createdAt: stamp,
      updatedAt: stamp,
    }),
  )
  ok(
    putItem(f.doc, 'applications', {
      id: 'jb1',
      employer: SECRETS[1] as string,
      job: 'Caissier',
      date: '2026-02-20',
      channel: 'online',
      answer: 'waiting',
      proofIds: [],
      createdAt: stamp,
      updatedAt: stamp,
    }),
  )
  ok(
    putItem(f.doc, 'applications', {
      id: 'jb2',
      employer: PICKED_EMPLOYER,
      job: 'Vendeuse',
      date: '2026-02-25',
      channel: 'visit',
      answer: 'interview',
      nextStep: 'Entretien avec la gérante',
      proofIds: [PROOF_ID],
      createdAt: stamp,
      updatedAt: stamp,
    }),
  )
  ok(
    putItem(f.doc, 'cvs', {
      id: 'cv1',
      name: SECRETS[2] as string,
      layout: 'sobre',
      lang: 'fr',
      experienceIds: [],
      competenceIds: [],
      projectIds: [],
      contact: [],
      createdAt: stamp,
      updatedAt: stamp,
    }),
  )
  return f
}

describe('share projection and the private sections of issue 13', () => {
  it('projects none of them, even when every pickable section is shared whole', () => {
    const { doc, ids } = withPrivateItems()
    const r = createShareSelection(
      {
        recipient: 'Forem',
        sections: {
          experiences: { all: true },
          competences: { all: true },
          projects: { all: true },
          objectives: { all: true },
          path: { all: true },
          contacts: { all: true },
          journal: { ids: [ids.jPicked] },
        },
      },
      NOW,
    )
    if (!r.ok) throw new Error(r.code)
    const share = projectBooklet(doc, r.value, NOW)
    for (const s of ['appointments', 'cvs'] as const) {
      expect(countItems(doc, s)).toBe(1)
      expect(countItems(share, s)).toBe(0)
    }
    expect(countItems(doc, 'applications')).toBe(2)
    expect(countItems(share, 'applications')).toBe(0)
    const bytes = Y.encodeStateAsUpdate(share)
    for (const secret of SECRETS) expect(bytesContain(bytes, secret)).toBe(false)
    expect(bytesContain(bytes, PICKED_EMPLOYER)).toBe(false)
    expect(projectionSummary(r.value, doc).sections.applications.count).toBe(0)
  })
  it('shares a job application only when picked one by one: unpicked ones and proofs stay behind', () => {
    const { doc } = withPrivateItems()
    const r = createShareSelection(
      { recipient: 'Forem', sections: { applications: { ids: ['jb2', 'gone'] } } },
      NOW,
    )
    if (!r.ok) throw new Error(r.code)
    const share = projectBooklet(doc, r.value, NOW)
    const shared = listItems(share, 'applications').items
    expect(shared.map((a) => [a.employer, a.job, a.answer, a.nextStep])).toEqual([
      [PICKED_EMPLOYER, 'Vendeuse', 'interview', 'Entretien avec la gérante'],
    ])
    // The proof (a photo kept on the device) is not named in the share.
    expect(shared[0]?.proofIds).toEqual([])
    const bytes = Y.encodeStateAsUpdate(share)
    expect(bytesContain(bytes, PROOF_ID)).toBe(false)
    for (const secret of SECRETS) expect(bytesContain(bytes, secret)).toBe(false)
    expect(readShareMeta(share)?.sections.applications).toBe('items')
    const summary = projectionSummary(r.value, doc)
    expect(summary.sections.applications).toMatchObject({ count: 1, missing: 1 })
    expect(summary.sections.applications.items[0]?.title).toBe(`2026-02-25 — Vendeuse · ${PICKED_EMPLOYER}`)
  })
  it('refuses the job applications picked whole', () => {
    const r = createShareSelection(
      { recipient: 'Forem', sections: { applications: { all: true } } as never },
      NOW,
    )
    expect(r.ok ? [] : r.issues?.map((i) => i.code)).toContain('sensitive-item-by-item')
  })
  it('refuses the agenda and saved CVs as section names in a selection', () => {
    expect(PICK_SECTIONS).not.toContain('appointments')
    expect(PICK_SECTIONS).not.toContain('cvs')
    for (const section of ['appointments', 'cvs']) {
      const r = createShareSelection(
        { recipient: 'Forem', sections: { [section]: { ids: ['x'] } } as never },
        NOW,
      )
      expect(r.ok).toBe(false)
      expect(r.ok ? [] : r.issues?.map((i) => i.code)).toContain('unknown-section')
    }
  })
})
