// The manual ways in of the receive screen, each a small form of the shared field components
// (ui/crud/InputField.tsx, FilePassphrase.tsx): paste a link, type a 15-digit code, open a share file with its key. What
// they read goes to the screen's routing (receive-route.ts); each shows its own error under it.
import { useEffect, useState } from 'preact/hooks'
import { type MessageKey, t } from '../../../i18n/index.ts'
import type { IconName } from '../../components/Icon.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { FilePassphrase } from '../../crud/FilePassphrase.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { PartError } from './PartError.tsx'

/** The two text ways in: "Coller un lien", and "Taper un code" (15 digits read aloud). */
const TEXT_WAYS = {
  paste: {
    part: 'op-paste',
    icon: 'share',
    title: 'operator.paste.title',
    id: 'op-link',
    label: 'operator.paste.label',
    hint: 'operator.paste.hint',
    button: 'operator.paste.open',
    inputMode: 'url',
  },
  code: {
    part: 'op-code',
    icon: 'speech',
    title: 'links.code.title',
    id: 'op-code-input',
    label: 'links.code.label',
    hint: 'links.code.hint',
    button: 'links.code.open',
    inputMode: 'numeric',
  },
} as const satisfies Record<
  string,
  {
    part: string
    icon: IconName
    title: MessageKey
    id: string
    label: MessageKey
    hint: MessageKey
    button: MessageKey
    inputMode: 'url' | 'numeric'
  }
>

/** A text way in: its card, one text box and its button. */
export function TextForm({
  way,
  busy,
  error,
  onOpen,
}: {
  way: keyof typeof TEXT_WAYS
  busy: boolean
  error: string | undefined
  onOpen: (text: string) => void
}) {
  const w = TEXT_WAYS[way]
  const [text, setText] = useState('')
  return (
    <CardSection id={w.part} icon={w.icon} title={t(w.title)}>
      <form
        class="op-form"
        onSubmit={(e) => {
          e.preventDefault()
          onOpen(text)
        }}
      >
        <InputField
          id={w.id}
          label={w.label}
          hint={w.hint}
          autocomplete="off"
          inputMode={w.inputMode}
          spellcheck={false}
          value={text}
          onValue={setText}
        />
        <button type="submit" class="btn btn-primary" disabled={busy || text.trim() === ''}>
          {t(w.button)}
        </button>
      </form>
      <PartError message={error} />
    </CardSection>
  )
}

/** "Ouvrir un fichier": a share file and its key (the key may come from a scanned QR code). */
export function FileForm({
  busy,
  error,
  keyFromCode,
  onChoose,
  onOpen,
}: {
  busy: boolean
  error: string | undefined
  /** A key read from a QR code: filled in, and the file picker focused. */
  keyFromCode: string | undefined
  onChoose: (file: File | undefined) => void
  onOpen: (file: File | undefined, key: string) => void
}) {
  const [file, setFile] = useState<File>()
  const [key, setKey] = useState('')
  const [keyNote, setKeyNote] = useState(false)
  useEffect(() => {
    if (keyFromCode === undefined) return
    setKey(keyFromCode)
    setKeyNote(true)
    document.getElementById('op-open-file')?.focus()
  }, [keyFromCode])
  return (
    <CardSection id="op-file" icon="backup" title={t('operator.file.title')}>
      <p class="hint">{t('operator.file.hint')}</p>
      <form
        class="op-form"
        onSubmit={(e) => {
          e.preventDefault()
          onOpen(file, key)
        }}
      >
        <FilePassphrase
          id="op-open"
          file="operator.file.label"
          passphrase="operator.file.key"
          hint="operator.file.keyHint"
          shown
          accept=".livret,.json,application/octet-stream,application/json"
          onFile={(chosen) => {
            setFile(chosen)
            onChoose(chosen)
          }}
          value={key}
          onValue={(value) => {
            setKey(value)
            setKeyNote(false)
          }}
        />
        {keyNote ? (
          <p class="hint" role="status">
            {t('operator.scan.keyRead')}
          </p>
        ) : null}
        <button type="submit" class="btn btn-primary" disabled={busy || key.trim() === ''}>
          {t('operator.file.open')}
        </button>
      </form>
      <PartError message={error} />
    </CardSection>
  )
}
