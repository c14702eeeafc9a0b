import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CommitmentSchema } from './actor.ts'
import { jsonValue, parse } from './result.ts'

describe('parse', () => {
  it('returns the typed value', () => {
    const r = parse(CommitmentSchema, { actor: { role: 'holder' }, text: ' x ', done: false })
    expect(r).toEqual({ ok: true, value: { actor: { role: 'holder' }, text: 'x', done: false } })
  })
  it('flattens issues to a path and a kebab-case code per field', () => {
    const r = parse(v.object({ list: v.array(CommitmentSchema) }), {
      list: [
        { actor: { role: 'boss' }, text: 'x'.repeat(1001), done: 'no' },
        { actor: { role: 'holder' }, done: true },
      ],
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.code).toBe('invalid')
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { path: 'list.0.actor.role', code: 'invalid-role' },
        { path: 'list.0.text', code: 'too-long' },
        { path: 'list.0.done', code: 'boolean' },
        { path: 'list.1.text', code: 'required' },
      ]),
    )
  })
  it('a non-object is one issue on the whole value', () => {
    const r = parse(CommitmentSchema, 'hello')
    expect(r).toEqual({ ok: false, code: 'invalid', issues: [{ path: '', code: 'object' }] })
  })
})

describe('jsonValue', () => {
  it('reads JSON text, null included', () => {
    expect(jsonValue('{"a":[1,"b"]}')).toEqual({ a: [1, 'b'] })
    expect(jsonValue('null')).toBeNull()
  })
  it('gives undefined for a non-string, a text over the bound, or text that is not JSON', () => {
    expect(jsonValue({ a: 1 })).toBeUndefined()
    expect(jsonValue('{"a":1}', 6)).toBeUndefined()
    expect(jsonValue('{"a":1}', 7)).toEqual({ a: 1 })
    expect(jsonValue('{a:1}')).toBeUndefined()
    expect(jsonValue('')).toBeUndefined()
  })
})
