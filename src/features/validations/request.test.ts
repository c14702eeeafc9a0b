// A validation request: one link with two capabilities (fragment only) and a share of exactly the
// chosen competences and the experiences they come from.
import { describe, expect, it } from 'vitest'
import { holderRefOf, listItems } from '../../booklet/index.ts'
import { validationFixture } from '../../booklet/validation-fixture.ts'
import { verifyToken } from '../../protocol/index.ts'
import { createValidationRequest, parseRequestLink } from './request.ts'

const now = () => Math.floor(Date.now() / 1000)

describe('createValidationRequest', () => {
  it('shares the picked competences and their experiences, with read + append capabilities', () => {
    const f = validationFixture()
    const [c1, c2] = f.competences
    const r = createValidationRequest(f.doc, [c1?.id ?? '', c2?.id ?? ''], 'M. Lambert', {
      relayOrigin: 'https://relay.example/',
    })
    if (!r.ok) throw new Error(r.code)
    const { link } = r.value
    const [before, fragment] = link.split('#')
    expect(before).toBe('https://relay.example/valider')
    expect(fragment).toContain('holder=')
    const caps = parseRequestLink(link)
    expect(caps?.holderRef).toBe(holderRefOf(f.doc))
    expect(caps?.share.roomId).toBe(r.value.share.secrets.roomId)
    expect(caps?.inbox.roomId).toBe(r.value.inbox.secrets.roomId)
    expect(verifyToken(caps?.share.token ?? '', r.value.share.secrets.roomId, now())).toMatchObject({
      ok: true,
      value: { role: 'read' },
    })
    expect(verifyToken(caps?.inbox.token ?? '', r.value.inbox.secrets.roomId, now())).toMatchObject({
      ok: true,
      value: { role: 'append' },
    })
    expect(
      listItems(r.value.shareDoc, 'competences')
        .items.map((c) => c.id)
        .sort(),
    ).toEqual([c1?.id, c2?.id].sort())
    expect(listItems(r.value.shareDoc, 'experiences').items.map((e) => e.id)).toEqual([f.experience.id])
    expect(listItems(r.value.shareDoc, 'objectives').items).toEqual([])
    expect(parseRequestLink(link.replace(/ikey=[^&]+/, 'ikey=short'))).toBeUndefined()
  })
  it('refuses when no competence exists', () => {
    const f = validationFixture()
    expect(createValidationRequest(f.doc, ['nope'], 'X', { relayOrigin: 'https://r' })).toEqual({
      ok: false,
      code: 'no-competence',
    })
  })
})
