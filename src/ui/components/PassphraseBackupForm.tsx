// The one form that saves a signing identity (the trainer's, the organisation's) to a
// passphrase-protected file: passphrase twice, at least eight characters, the file downloaded
// and the fields cleared. Each screen gives its words and how the file is sealed.
import { useState } from 'preact/hooks'
import { type MessageKey, t } from '../../i18n/index.ts'
import { InputField } from '../crud/InputField.tsx'
import { downloadFile } from '../download.ts'
import { SectionTitle } from './PageHeader.tsx'

/** The shortest passphrase a backup file accepts. */
export const MIN_PASSPHRASE = 8

/** What one backup form says and does; `id` prefixes every element id. */
export type PassphraseBackupProps = {
  id: string
  title: MessageKey
  intro: MessageKey
  /** A second, smaller line under the intro (what else the file carries). */
  note?: MessageKey
  /** Said once the file is downloaded; receives `{name}`. */
  done: MessageKey
  /** The file name's start; the day's date and `.json` follow. */
  filePrefix: string
  /** Seals the identity with the passphrase into the file's text. */
  seal: (passphrase: string) => Promise<string>
}

type Field = 'passphrase' | 'confirm' | 'form'

/** A passphrase-protected backup form for a signing identity. */
export function PassphraseBackupForm({
  id,
  title,
  intro,
  note,
  done: doneKey,
  filePrefix,
  seal,
}: PassphraseBackupProps) {
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ field: Field; text: string }>()
  const [done, setDone] = useState<string>()
  const run = async (e: Event) => {
    e.preventDefault()
    setDone(undefined)
    if (passphrase.length < MIN_PASSPHRASE)
      return setError({ field: 'passphrase', text: t('trainer.passphraseShort') })
    if (confirm !== passphrase) return setError({ field: 'confirm', text: t('trainer.passphraseMismatch') })
    setError(undefined)
    setBusy(true)
    try {
      const text = await seal(passphrase)
      const name = `${filePrefix}-${new Date().toISOString().slice(0, 10)}.json`
      downloadFile(text, name, 'application/json')
      setDone(t(doneKey, { name }))
      setPassphrase('')
      setConfirm('')
    } catch {
      setError({ field: 'form', text: t('trainer.backupFailed') })
    } finally {
      setBusy(false)
    }
  }
  const errorId = `${id}-error`
  const described = (f: Field) => (error?.field === f ? errorId : undefined)
  return (
    <form class="card" aria-labelledby={`${id}-title`} onSubmit={run} noValidate>
      <SectionTitle icon="backup" id={`${id}-title`}>
        {t(title)}
      </SectionTitle>
      <p>{t(intro)}</p>
      {note ? <p class="hint">{t(note)}</p> : null}
      {(
        [
          ['passphrase', 'trainer.passphrase', passphrase, setPassphrase],
          ['confirm', 'trainer.passphraseConfirm', confirm, setConfirm],
        ] as const
      ).map(([field, label, value, onValue]) => (
        <InputField
          key={field}
          id={`${id}-${field}`}
          label={label}
          type="password"
          autocomplete="new-password"
          value={value}
          errorId={described(field)}
          onValue={onValue}
        />
      ))}
      <button type="submit" class="btn btn-primary" disabled={busy}>
        {t('trainer.backup')}
      </button>
      {busy ? <p role="status">{t('trainer.backingUp')}</p> : null}
      {error ? (
        <p class="field-error" id={errorId} role="alert">
          {error.text}
        </p>
      ) : null}
      {done ? (
        <p class="ok" role="status">
          {done}
        </p>
      ) : null}
    </form>
  )
}
