import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBookletDoc, ensureLayout, isEmptyBooklet, TOP_LEVEL } from './layout.ts'
import { BOOKLET_SCHEMA_VERSION } from './version.ts'

describe('layout', () => {
  it('has the top-level maps of DESIGN §2.1, plan with objectives and steps, and the version', () => {
    const doc = createBookletDoc()
    for (const name of TOP_LEVEL) expect(doc.share.has(name)).toBe(true)
    expect(doc.getMap('plan').get('objectives')).toBeInstanceOf(Y.Map)
    expect(doc.getMap('plan').get('steps')).toBeInstanceOf(Y.Map)
    expect(doc.getMap('meta').get('schemaVersion')).toBe(BOOKLET_SCHEMA_VERSION)
    expect(isEmptyBooklet(doc)).toBe(true)
  })
  it('two independently created booklets share the same plan maps after a merge', () => {
    const a = createBookletDoc()
    const b = createBookletDoc()
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    const before = a.getMap('plan').get('objectives')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(a.getMap('plan').get('objectives')).toBe(before)
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b))
  })
  it('ensureLayout repairs a hostile non-map under plan.steps', () => {
    const doc = new Y.Doc()
    doc.clientID = 0xffffffff
    doc.getMap('plan').set('steps', 'garbage')
    ensureLayout(doc)
    expect(doc.getMap('plan').get('steps')).toBeInstanceOf(Y.Map)
    expect(doc.getMap('plan').get('objectives')).toBeInstanceOf(Y.Map)
  })
})
