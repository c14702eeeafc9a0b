// FilePassphrase read off the element tree it returns: the file field and the passphrase field, with
// the ids every restore form and its tests rely on, a JSON file by default, and the callbacks wired.
import type { VNode } from 'preact'
import { describe, expect, test, vi } from 'vitest'
import { FilePassphrase } from './FilePassphrase.tsx'
import { FileField, InputField } from './InputField.tsx'

type Props = Record<string, unknown>
const parts = (props: Parameters<typeof FilePassphrase>[0]) =>
  (FilePassphrase(props) as VNode<{ children: VNode<Props>[] }>).props.children

describe('FilePassphrase', () => {
  test('a file field then a password field, ids <id>-file and <id>-passphrase', () => {
    const onFile = vi.fn()
    const onValue = vi.fn()
    const [file, pass] = parts({
      id: 'import',
      file: 'backup.file',
      passphrase: 'backup.importPassphrase',
      onFile,
      value: 'x',
      onValue,
    })
    expect(file?.type).toBe(FileField)
    expect(file?.props).toMatchObject({
      id: 'import-file',
      label: 'backup.file',
      accept: '.json,application/json',
      onFile,
    })
    expect(pass?.type).toBe(InputField)
    expect(pass?.props).toMatchObject({
      id: 'import-passphrase',
      label: 'backup.importPassphrase',
      type: 'password',
      value: 'x',
      onValue,
    })
  })

  test('another kind of file when asked', () => {
    const [file] = parts({
      id: 'op',
      file: 'backup.file',
      passphrase: 'backup.importPassphrase',
      accept: '.livret',
      onFile: vi.fn(),
      value: '',
      onValue: vi.fn(),
    })
    expect(file?.props.accept).toBe('.livret')
  })

  test('a share key: shown as typed, no spelling check, with its hint', () => {
    const [, key] = parts({
      id: 'op-open',
      file: 'operator.file.label',
      passphrase: 'operator.file.key',
      hint: 'operator.file.keyHint',
      shown: true,
      onFile: vi.fn(),
      value: 'k',
      onValue: vi.fn(),
    })
    expect(key?.props).toMatchObject({ type: 'text', spellcheck: false, hint: 'operator.file.keyHint' })
  })
})
