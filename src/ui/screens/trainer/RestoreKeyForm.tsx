// The one form that restores a signing identity (the trainer's, the organisation's) from its
// passphrase-protected file: the whole file is checked first (format, passphrase, content, key) and
// nothing on the device changes until the person confirms; a PIN is asked where the browser keeps no
// Ed25519 key (PinFields). Each screen gives its kind (the words), how the file is opened and where the key is kept.
import { useState } from 'preact/hooks'
import type { Result } from '../../../domain/index.ts'
import type {
  IssuedBackup,
  importOrganisation,
  importTrainerIdentity,
} from '../../../features/trainer/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { showToast } from '../../components/Toast.tsx'
import { FilePassphrase } from '../../crud/FilePassphrase.tsx'
import { FormCard } from '../../crud/FormCard.tsx'
import { FormNote, SubmitBusy } from '../../crud/FormNote.tsx'
import type { CodeOf } from '../../errors.ts'
import type { KeyKind } from './KeyIdentityForm.tsx'
import { PinFields, type PinValue, pinProblem, usePinNeeded } from './PinFields.tsx'

/** Why a key backup file could not be opened (the same codes for both kinds of file). */
type OpenCode = CodeOf<typeof importTrainerIdentity> | CodeOf<typeof importOrganisation> | 'unknown'

// Each kind's words: `<words>.title`, `.intro`, `.same`, `.replace`, `.use`, `.done`, `.error.<code>`.
const WORDS = { trainer: 'trainerRestore', org: 'orgRestore' } as const

/** Opens the file with `importFile`: the identity found, or the kind's words why not. */
const openWith = async <T,>(
  words: (typeof WORDS)[KeyKind],
  importFile: () => Promise<Result<T, OpenCode>>,
): Promise<{ ok: true; value: T } | { ok: false; text: string }> => {
  const r = await importFile().catch((): Result<T, OpenCode> => ({ ok: false, code: 'unknown' }))
  return r.ok ? r : { ok: false, text: t(`${words}.error.${r.code}`) }
}

/** A key as a backup file gives it back: with what it issued (files since version 2). */
type WithIssued<S> = S & { issued?: IssuedBackup }

/** The key without what it issued, as it is kept on the device. */
const keyOf = <S,>(found: WithIssued<S>): S => {
  const { issued: _, ...key } = found
  // `key` is `found` less the one property `S` does not have.
  return key as S
}

/** What one restore form does; its ids begin `<kind>-restore`. */
export type RestoreKeyProps<S> = {
  kind: KeyKind
  /** Reads the file's text with the passphrase (its whole content checked). */
  importFile: (text: string, passphrase: string) => Promise<Result<WithIssued<S>, OpenCode>>
  /** The key's did and fingerprint (compared with the one on this device). */
  keyInfo: (key: S) => { did: string; fingerprint: string }
  /** The key on this device, if any. */
  current: S | undefined
  /** Who the file is, said first (receives the fingerprint). */
  found: (found: S, fingerprint: string) => string
  /** Keeps the key on this device (with the PIN where one is asked). */
  save: (key: S, pin: string | undefined) => Promise<void>
}

/** A restore form for a signing identity. */
export function RestoreKeyForm<S>(props: RestoreKeyProps<S>) {
  const id = `${props.kind}-restore`
  const words = WORDS[props.kind]
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [found, setFound] = useState<WithIssued<S>>()
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
      const text = await file.text()
      const r = await openWith(words, () => props.importFile(text, passphrase))
      if (r.ok) setFound(() => r.value)
      else setError(`${r.text} ${t('trainer.unchanged')}`)
    } finally {
      setBusy(false)
    }
  }
  const use = async (value: WithIssued<S>) => {
    const badPin = needsPin ? pinProblem(pin) : null
    setPinError(badPin)
    if (badPin) return document.getElementById(`${id}-pin`)?.focus()
    const key = keyOf(value)
    // What the key issued first: withdrawable from here (history, "key lost"), already there when
    // saving the key shows the screens that list it, and a reload right after cannot cut it in half.
    if (value.issued) {
      const { restoreIssued } = await import('../../../features/trainer/signing/index.ts')
      await restoreIssued(props.keyInfo(key).did, value.issued)
    }
    await props.save(key, needsPin ? pin.pin : undefined)
    setPin({ pin: '', confirm: '' })
    setFound(undefined)
    setPassphrase('')
    showToast(t(`${words}.done`))
  }
  const foundFp = found === undefined ? undefined : props.keyInfo(found).fingerprint
  const currentFp = props.current === undefined ? undefined : props.keyInfo(props.current).fingerprint
  const issued = found?.issued
  const lines = found === undefined || !foundFp ? [] : [props.found(found, foundFp)]
  // What the key issued comes back too (an organisation's endorsements with its validations).
  if (issued)
    lines.push(
      t('issued.found', { count: String(issued.results.length + (issued.endorsements?.length ?? 0)) }),
    )
  return (
    <FormCard
      id={`${id}-title`}
      icon="backup"
      title={t(`${words}.title`)}
      intro={t(`${words}.intro`)}
      onSubmit={check}
    >
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
          {lines.map((line, i) => (
            <p key={line} class={i === 0 ? 'ok' : undefined} role={i === 0 ? 'status' : undefined}>
              {line}
            </p>
          ))}
          {currentFp === foundFp ? (
            <p>{t(`${words}.same`)}</p>
          ) : (
            <>
              {currentFp ? <p>{t(`${words}.replace`, { fingerprint: currentFp })}</p> : null}
              {needsPin ? <PinFields idPrefix={id} value={pin} error={pinError} onValue={setPin} /> : null}
              <button type="button" class="btn btn-primary" onClick={() => void use(found)}>
                {t(`${words}.use`)}
              </button>
            </>
          )}
        </div>
      ) : null}
    </FormCard>
  )
}
