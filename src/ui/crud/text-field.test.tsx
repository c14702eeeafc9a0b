// TextField's wiring, read off the element tree it returns: the hint and error ids the control is
// described by, when it is marked invalid, and which control a kind of field gets.
import type { VNode } from 'preact'
import { describe, expect, test } from 'vitest'
import { describedBy, FieldFrame, TextField, type TextFieldProps } from './TextField.tsx'

const control = (props: TextFieldProps) => {
  const frame = TextField(props) as VNode<{ children: VNode<Record<string, unknown>> }>
  expect(frame.type).toBe(FieldFrame)
  return frame.props.children
}

describe('TextField', () => {
  test('a plain line: a text input described by nothing, not invalid', () => {
    const input = control({ id: 'a', label: 'A', value: 'x' })
    expect(input.type).toBe('input')
    expect(input.props.type).toBe('text')
    expect(input.props['aria-describedby']).toBeUndefined()
    expect(input.props['aria-invalid']).toBeUndefined()
  })

  test('a hint and an error describe the control, in that order, and mark it invalid', () => {
    const input = control({ id: 'b', label: 'B', hint: 'h', error: 'propose.required', value: '' })
    expect(input.props['aria-describedby']).toBe('b-hint b-error')
    expect(input.props['aria-invalid']).toBe(true)
  })

  test('invalid without an error line: marked, but described only by its hint', () => {
    const input = control({ id: 'c', label: 'C', hint: 'h', invalid: true, value: '' })
    expect(input.props['aria-invalid']).toBe(true)
    expect(input.props['aria-describedby']).toBe('c-hint')
  })

  test('rows make a text box; a day keeps its input type', () => {
    expect(control({ id: 'd', label: 'D', rows: 2, value: '' }).type).toBe('textarea')
    expect(control({ id: 'e', label: 'E', type: 'date', value: '' }).props.type).toBe('date')
  })

  test('typing reaches onValue with the text; a read-only field has no handler', () => {
    const seen: string[] = []
    const input = control({ id: 'f', label: 'F', value: '', onValue: (v) => seen.push(v) })
    ;(input.props.onInput as (e: { currentTarget: { value: string } }) => void)({
      currentTarget: { value: 'hé' },
    })
    expect(seen).toEqual(['hé'])
    expect(control({ id: 'g', label: 'G', value: 'l', readOnly: true }).props.onInput).toBeUndefined()
  })
})

describe('describedBy', () => {
  test('joins the ids given, skips the missing ones, and is undefined when none is left', () => {
    expect(describedBy('a', false, undefined, 'b')).toBe('a b')
    expect(describedBy(false, undefined)).toBeUndefined()
  })
})
