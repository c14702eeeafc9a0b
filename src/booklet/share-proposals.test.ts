import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PROPOSALS_META_KEY, readShareProposals } from './projection.ts'

const docWith = (value: unknown) => {
  const doc = new Y.Doc()
  doc.getMap('meta').set(PROPOSALS_META_KEY, value)
  return doc
}

describe('the proposal link a share carries', () => {
  it('is read back as written', () => {
    expect(readShareProposals(docWith('room=abc&token=def&key=ghi'))).toBe('room=abc&token=def&key=ghi')
  })
  it('is absent when missing, empty, not a string, or longer than 4,096 characters', () => {
    expect(readShareProposals(new Y.Doc())).toBeUndefined()
    expect(readShareProposals(docWith(''))).toBeUndefined()
    expect(readShareProposals(docWith({ room: 'abc' }))).toBeUndefined()
    expect(readShareProposals(docWith('x'.repeat(4097)))).toBeUndefined()
  })
})
