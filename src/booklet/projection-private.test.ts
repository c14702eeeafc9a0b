// Issue 13: the agenda, job applications and saved CVs stay on the person's side: no selection can
// put them into a share projection, and the selection schema refuses them as section names.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createShareSelection, PICK_SECTIONS } from '../domain/index.ts'
import { projectBooklet, projectionSummary } from './projection.ts'
import { bytesContain, projectionFixture } from './projection-fixture.ts'
import { countItems } from './read.ts'
import { putItem } from './write.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const stamp = NOW.toISOString()
const SECRETS = ['APPOINTMENT-SECRET Service de médiation de dettes', 'APPLICATION-SECRET Lidl', 'CV-SECRET']

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
    for (const s of ['appointments', 'applications', 'cvs'] as const) {
      expect(countItems(doc, s)).toBe(1)
      expect(countItems(share, s)).toBe(0)
    }
    const bytes = Y.encodeStateAsUpdate(share)
    for (const secret of SECRETS) expect(bytesContain(bytes, secret)).toBe(false)
    const summary = projectionSummary(r.value, doc)
    expect(Object.keys(summary.sections)).not.toContain('applications')
  })
  it('refuses them as section names in a selection', () => {
    expect(PICK_SECTIONS).not.toContain('applications')
    for (const section of ['appointments', 'applications', 'cvs']) {
      const r = createShareSelection(
        { recipient: 'Forem', sections: { [section]: { ids: ['x'] } } as never },
        NOW,
      )
      expect(r.ok).toBe(false)
      expect(r.ok ? [] : r.issues?.map((i) => i.code)).toContain('unknown-section')
    }
  })
})
