// The one form that saves a signing identity (the trainer's, the organisation's) to a
// passphrase-protected file: passphrase twice, at least eight characters, the file downloaded
// and the fields cleared. Each screen gives its words and how the file is sealed.
import { useState } from 'preact/hooks'
import { type MessageKey, t } from '../../i18n/index.ts'
import { FormCard } from '../crud/FormCard.tsx'
import { FormNote, type FormNoteValue, SubmitBusy } from '../crud/FormNote.tsx'
import { InputField } from '../crud/InputField.tsx'
import { downloadFile } from '../download.ts'

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
  /** How the last try went; `field` is the one an error is about. */
  const [outcome, setOutcome] = useState<FormNoteValue & { field?: Field }>()
  const run = async (e: Event) => {
    e.preventDefault()
    if (passphrase.length < MIN_PASSPHRASE)
      return setOutcome({ field: 'passphrase', text: t('trainer.passphraseShort'), error: true })
    if (confirm !== passphrase)
      return setOutcome({ field: 'confirm', text: t('trainer.passphraseMismatch'), error: true })
    setOutcome(undefined)
    setBusy(true)
    try {
      const text = await seal(passphrase)
      const name = `${filePrefix}-${new Date().toISOString().slice(0, 10)}.json`
      downloadFile(text, name, 'application/json')
      setOutcome({ text: t(doneKey, { name }), error: false })
      setPassphrase('')
      setConfirm('')
    } catch {
      setOutcome({ field: 'form', text: t('trainer.backupFailed'), error: true })
    } finally {
      setBusy(false)
    }
  }
  const errorId = `${id}-error`
  const described = (f: Field) => (outcome?.error && outcome.field === f ? errorId : undefined)
  return (
    <FormCard id={`${id}-title`} icon="backup" title={t(title)} intro={t(intro)} onSubmit={run}>
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
      <SubmitBusy busy={busy} label={t('trainer.backup')} busyText={t('trainer.backingUp')} />
      <FormNote note={outcome} id={outcome?.error ? errorId : undefined} />
    </FormCard>
  )
}
