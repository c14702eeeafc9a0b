// LinkButton and LinkRow read off the element tree they return: a real link (`a href`) with the
// button's classes for its look, its pictogram first, and a row whose first link may be the main way.
import type { VNode } from 'preact'
import { describe, expect, test } from 'vitest'
import { ChoiceFieldset } from '../crud/choices.tsx'
import { Icon } from './Icon.tsx'
import { buttonClass, LinkButton, LinkRow } from './LinkButton.tsx'
import { Working } from './Working.tsx'

type Props = Record<string, unknown> & { children?: unknown }
const tree = (v: unknown) => v as VNode<Props>

describe('LinkButton', () => {
  test('classes follow the look', () => {
    expect(buttonClass({})).toBe('btn')
    expect(buttonClass({ primary: true, wide: true })).toBe('btn btn-primary btn-wide')
    expect(buttonClass({ small: true, primary: true })).toBe('btn btn-small btn-primary')
  })

  test('a link with its pictogram before the words and its description', () => {
    const a = tree(
      LinkButton({ href: '/recus', icon: 'scan', describedBy: 'x-hint', wide: true, children: 'Reçus' }),
    )
    expect(a.type).toBe('a')
    expect(a.props).toMatchObject({ href: '/recus', class: 'btn btn-wide', 'aria-describedby': 'x-hint' })
    const [icon, , words] = a.props.children as [VNode, unknown, unknown]
    expect(icon.type).toBe(Icon)
    expect(words).toBe('Reçus')
  })

  test('a row: the first link primary, the other plain', () => {
    const p = tree(
      LinkRow({
        links: [
          { href: '/', label: 'Ouvrir', primary: true },
          { href: '/appareils', label: 'Appareils' },
        ],
      }),
    )
    expect(p.props.class).toBe('row')
    const links = p.props.children as VNode<Props>[]
    expect(links.map((l) => [l.props.href, l.props.primary])).toEqual([
      ['/', true],
      ['/appareils', false],
    ])
  })
})

describe('shared frames', () => {
  test('a choice fieldset carries its own id and data- attributes', () => {
    const f = tree(
      ChoiceFieldset({
        legend: 'Accueil',
        id: 'a0-block',
        data: { 'data-competence': 'Accueil' },
        layout: 'bare',
        children: null,
      }),
    )
    expect(f.type).toBe('fieldset')
    expect(f.props).toMatchObject({ id: 'a0-block', 'data-competence': 'Accueil', class: 'field' })
  })

  test('a working line with a known value has a bar from 0 to 1', () => {
    const p = tree(Working({ id: 'export-progress', text: 'Export…', value: 0.5 }))
    const bar = (p.props.children as VNode<Props>[]).find((c) => c?.type === 'progress')
    expect(bar?.props).toMatchObject({ id: 'export-progress', max: 1, value: 0.5 })
    const moving = tree(Working({ id: 'w', text: 'En cours' }))
    const bare = (moving.props.children as VNode<Props>[]).find((c) => c?.type === 'progress')
    expect(bare?.props.value).toBeUndefined()
  })
})
