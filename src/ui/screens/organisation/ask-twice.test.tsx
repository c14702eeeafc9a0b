// AskTwice read off the element tree it returns: the first button (its accessible name, red or not),
// then the question with "yes" and "cancel", each calling what it should.
import { toChildArray, type VNode } from 'preact'
import { describe, expect, test, vi } from 'vitest'
import { fr } from '../../../i18n/index.ts'
import { AskTwice } from './AskTwice.tsx'

type Props = Record<string, unknown> & { children?: unknown }
const props = (asking: boolean) => ({
  asking,
  onAsking: vi.fn(),
  onYes: vi.fn(),
  button: 'Retirer',
  label: 'Retirer la garantie de Marie',
  question: 'Retirer vraiment ?',
  questionId: 'ask-1',
  yes: 'Oui, retirer',
})
const click = (node: VNode<Props>) => (node.props.onClick as () => void)()

describe('AskTwice', () => {
  test('first the button, named for its item, which asks', () => {
    const p = props(false)
    const button = AskTwice(p) as VNode<Props>
    expect(button.type).toBe('button')
    expect(button.props.class).toBe('btn')
    expect(button.props['aria-label']).toBe('Retirer la garantie de Marie')
    click(button)
    expect(p.onAsking).toHaveBeenCalledWith(true)
    expect((AskTwice({ ...p, danger: true }) as VNode<Props>).props.class).toBe('btn btn-danger')
  })

  test('then the question: yes acts, cancel stops asking', () => {
    const p = props(true)
    const box = AskTwice(p) as VNode<Props>
    expect(box.props.class).toBe('org-confirm')
    const [question, actions] = toChildArray(box.props.children as VNode[]) as VNode<Props>[]
    expect(question?.props.id).toBe('ask-1')
    expect(question?.props.children).toBe('Retirer vraiment ?')
    const [yes, cancel] = toChildArray(actions?.props.children as VNode[]) as VNode<Props>[]
    expect(yes?.props.class).toBe('btn btn-danger')
    click(yes as VNode<Props>)
    expect(p.onYes).toHaveBeenCalledTimes(1)
    expect(cancel?.props.children).toBe(fr['org.cancel'])
    click(cancel as VNode<Props>)
    expect(p.onAsking).toHaveBeenCalledWith(false)
  })
})
