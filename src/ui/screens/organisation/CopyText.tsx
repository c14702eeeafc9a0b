// A text handed over face to face (a card, an endorsement): its QR code when it fits, the text itself
// in a read-only field, and a button that copies it.
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { QrCode } from '../../components/QrCode.tsx'
import { TextField } from '../../crud/TextField.tsx'

/** The largest text drawn as a QR code (a bigger one is handed over as text only). */
const QR_MAX_CHARS = 2_000

/** QR code, text and copy button; `id` names the field, `label` says what it is. */
export function CopyText({ id, label, text }: { id: string; label: string; text: string }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
    } catch {
      ;(document.getElementById(id) as HTMLTextAreaElement | null)?.select()
    }
  }
  return (
    <div class="copy-text">
      {text.length <= QR_MAX_CHARS ? <QrCode text={text} label={label} size={280} /> : null}
      <TextField id={id} label={label} rows={3} readOnly selectOnFocus spellcheck={false} value={text} />
      <button type="button" class="btn" onClick={() => void copy()}>
        <Icon name="share" /> {t('org.copy')}
      </button>
      {copied ? (
        <p class="ok" role="status">
          {t('org.copied')}
        </p>
      ) : null}
    </div>
  )
}
