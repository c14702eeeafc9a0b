// The PIN prompt of a key kept wrapped under a PIN (features/trainer/pin-session.ts): shown when a
// signature needs the key and it is locked; the right PIN unlocks it for the session, a wrong one is
// refused plainly, closing the prompt leaves it locked (the signature fails and says so).
import { useEffect, useRef, useState } from 'preact/hooks'
import { answerPin, attachPinPrompt, cancelPin, pinPromptStore } from '../../../features/trainer/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { useStore } from '../../store.ts'

/** Mount on every screen that signs; renders nothing until a key is asked for. */
export function PinPrompt() {
  const ask = useStore(pinPromptStore)
  const [pin, setPin] = useState('')
  const [busy, setBusy] = useState(false)
  const [wrong, setWrong] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => attachPinPrompt(), [])
  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (ask && !d.open) d.showModal?.()
    if (!ask && d.open) d.close()
    if (!ask) {
      setPin('')
      setWrong(false)
    }
  }, [ask])
  const submit = async (e: Event) => {
    e.preventDefault()
    setBusy(true)
    try {
      const r = await answerPin(pin)
      setWrong(!r.ok)
      if (r.ok) setPin('')
    } finally {
      setBusy(false)
    }
  }
  return (
    <dialog
      ref={dialog}
      class="card pin-prompt"
      aria-labelledby="pin-prompt-title"
      onCancel={(e) => {
        e.preventDefault()
        cancelPin()
      }}
    >
      {ask ? (
        <form onSubmit={submit} noValidate>
          <h2 id="pin-prompt-title">
            <Icon name="private" /> {t('pin.askTitle')}
          </h2>
          <p>{t('pin.askIntro')}</p>
          <InputField
            id="pin-prompt-input"
            label="pin.askLabel"
            type="password"
            autocomplete="current-password"
            value={pin}
            error={wrong ? 'pin.wrong' : undefined}
            onValue={setPin}
          />
          {busy ? <p role="status">{t('pin.checking')}</p> : null}
          <div class="org-actions">
            <button type="submit" class="btn btn-primary" disabled={busy}>
              <Icon name="private" /> {t('pin.unlock')}
            </button>
            <button type="button" class="btn" onClick={() => cancelPin()}>
              {t('pin.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  )
}
