// "Paste the text here, then read it": the one small form beside a QR scanner where a card, an
// endorsement or an organisation's code can also be pasted (organisation, trainer, trust screens).
import { type MessageKey, t } from '../../i18n/index.ts'
import { Icon, type IconName } from '../components/Icon.tsx'
import { InputField } from './InputField.tsx'

/** A labelled text box for a pasted code and the button that reads it (off while empty). */
export function PasteForm(props: {
  id: string
  label: MessageKey
  button: MessageKey
  icon?: IconName
  primary?: boolean
  value: string
  onValue: (value: string) => void
  /** Reads the pasted text (trimmed by the caller where it matters). */
  onRead: (text: string) => void
}) {
  return (
    <form
      class="op-form"
      onSubmit={(e) => {
        e.preventDefault()
        props.onRead(props.value)
      }}
    >
      <InputField
        id={props.id}
        label={props.label}
        autocomplete="off"
        spellcheck={false}
        value={props.value}
        onValue={props.onValue}
      />
      <button
        type="submit"
        class={props.primary ? 'btn btn-primary' : 'btn'}
        disabled={props.value.trim() === ''}
      >
        {props.icon ? <Icon name={props.icon} /> : null} {t(props.button)}
      </button>
    </form>
  )
}
