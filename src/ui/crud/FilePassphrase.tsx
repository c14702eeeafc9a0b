// The pair every "open a protected file" form asks for: the file (a backup, an identity) and the
// passphrase that opens it, ids `<id>-file` and `<id>-passphrase`, wired like every other field.
import type { MessageKey } from '../../i18n/index.ts'
import { FileField, InputField } from './InputField.tsx'

/** The file picker and the passphrase field; `accept` defaults to a JSON file. */
export function FilePassphrase({
  id,
  file,
  passphrase,
  accept = '.json,application/json',
  hint,
  shown = false,
  onFile,
  value,
  onValue,
}: {
  id: string
  /** The file field's label. */
  file: MessageKey
  /** The passphrase field's label. */
  passphrase: MessageKey
  accept?: string
  /** A line under the passphrase field. */
  hint?: MessageKey
  /** Shown as typed, no spelling check: a share key read from a code rather than a secret phrase. */
  shown?: boolean
  onFile: (file: File | undefined) => void
  value: string
  onValue: (passphrase: string) => void
}) {
  return (
    <>
      <FileField id={`${id}-file`} label={file} accept={accept} onFile={onFile} />
      <InputField
        id={`${id}-passphrase`}
        label={passphrase}
        type={shown ? 'text' : 'password'}
        autocomplete="off"
        spellcheck={shown ? false : undefined}
        hint={hint}
        value={value}
        onValue={onValue}
      />
    </>
  )
}
