// The one form that restores a signing identity (the trainer's, the organisation's) from its
// passphrase-protected file: the whole file is checked first (format, passphrase, content, key) and
// nothing on the device changes until the person confirms; a PIN is asked where the browser keeps no
// Ed25519 key (PinFields). Each screen gives its words, how the file is opened and how it is applied.
import { useState } from 'preact/hooks'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { showToast } from '../../components/Toast.tsx'
import { FilePassphrase } from '../../crud/FilePassphrase.tsx'
import { FormCard } from '../../crud/FormCard.tsx'
import { FormNote, SubmitBusy } from '../../crud/FormNote.tsx'
import { PinFields, type PinValue, pinProblem, usePinNeeded } from './PinFields.tsx'

/** What one restore form says and does; `id` prefixes every element id. */
export type RestoreKeyProps<T> = {
  id: string
  title: MessageKey
  intro: MessageKey
  /** Opens the file's text with the passphrase: the identity found, or the words why not. */
  open: (text: string, passphrase: string) => Promise<{ ok: true; value: T } | { ok: false; text: string }>
  /** The identity's fingerprint, to compare with the one on this device. */
  fingerprint: (found: T) => string
  currentFingerprint: string | undefined
  /** The lines said once the file is read (who it is, what else it brings back). */
  found: (found: T, fingerprint: string) => string[]
  same: MessageKey
  /** Said when another identity is on this device; receives `{fingerprint}`. */
  replace: MessageKey
  use: MessageKey
  done: MessageKey
  /** Puts the identity on this device (with the PIN where one is asked). */
  apply: (found: T, pin: string | undefined) => Promise<void>
}

/** A restore form for a signing identity. */
export function RestoreKeyForm<T>(props: RestoreKeyProps<T>) {
  const { id } = props
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [found, setFound] = useState<T>()
  const [pin, setPin] = useState<PinValue>({ pin: '', confirm: '' })
  const [pinError, setPinError] = useState<MessageKey | null>(null)
  const needsPin = usePinNeeded()
  const check = async (e: Event) => {
    e.preventDefault()
    setError(undefined)
    setFound(undefined)
    if (!file) return setError(`${t('trainer.noFile')} ${t('trainer.unchanged')}`)
    setBusy(true)
    try {
      const r = await props.open(await file.text(), passphrase)
      if (r.ok) setFound(() => r.value)
      else setError(`${r.text} ${t('trainer.unchanged')}`)
    } finally {
      setBusy(false)
    }
  }
  const use = async (value: T) => {
    const badPin = needsPin ? pinProblem(pin) : null
    setPinError(badPin)
    if (badPin) return document.getElementById(`${id}-pin`)?.focus()
    await props.apply(value, needsPin ? pin.pin : undefined)
    setPin({ pin: '', confirm: '' })
    setFound(undefined)
    setPassphrase('')
    showToast(t(props.done))
  }
  const foundFp = found === undefined ? undefined : props.fingerprint(found)
  const currentFp = props.currentFingerprint
  return (
    <FormCard id={`${id}-title`} icon="backup" title={t(props.title)} intro={t(props.intro)} onSubmit={check}>
      <FilePassphrase
        id={id}
        file="trainer.file"
        passphrase="trainer.restorePassphrase"
        onFile={(f) => {
          setFile(f)
          setFound(undefined)
          setError(undefined)
        }}
        value={passphrase}
        onValue={setPassphrase}
      />
      <SubmitBusy class="btn" busy={busy} label={t('trainer.check')} busyText={t('trainer.checking')} />
      <FormNote note={error === undefined ? undefined : { text: error, error: true }} />
      {found !== undefined && foundFp ? (
        <div>
          {props.found(found, foundFp).map((line, i) => (
            <p key={line} class={i === 0 ? 'ok' : undefined} role={i === 0 ? 'status' : undefined}>
              {line}
            </p>
          ))}
          {currentFp === foundFp ? (
            <p>{t(props.same)}</p>
          ) : (
            <>
              {currentFp ? <p>{t(props.replace, { fingerprint: currentFp })}</p> : null}
              {needsPin ? <PinFields idPrefix={id} value={pin} error={pinError} onValue={setPin} /> : null}
              <button type="button" class="btn btn-primary" onClick={() => void use(found)}>
                {t(props.use)}
              </button>
            </>
          )}
        </div>
      ) : null}
    </FormCard>
  )
}
