// The share link as text, with Copy and (where the browser offers it) the system's share sheet.
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { canShare, copyText, shareUrl } from '../../clipboard.ts'
import { Icon } from '../../components/Icon.tsx'
import type { FormNoteValue } from '../../crud/FormNote.tsx'
import { TextField } from '../../crud/TextField.tsx'

/** The link, a Copy button and a Share button (Web Share API) when present. */
export function LinkActions({ link, recipient }: { link: string; recipient: string }) {
  const [message, setMessage] = useState<FormNoteValue>()
  const copy = async () => {
    const done = await copyText(link, document.getElementById('share-link') as HTMLInputElement | null)
    setMessage({ text: t(done ? 'share.handover.copied' : 'share.handover.copyFailed'), error: !done })
  }
  return (
    <div class="field share-link">
      <TextField
        id="share-link"
        label={t('share.handover.link')}
        hint={t('share.handover.linkHelp', { recipient })}
        readOnly
        selectOnFocus
        value={link}
      />
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={copy}>
          {t('share.handover.copy')}
        </button>
        {canShare() ? (
          <button type="button" class="btn" onClick={() => shareUrl(t('share.handover.sendTitle'), link)}>
            <Icon name="share" /> {t('share.handover.send')}
          </button>
        ) : null}
      </div>
      {/* Always there, so a screen reader hears the words that come into it. */}
      <p role="status" class={message?.error ? 'field-error' : 'ok'}>
        {message?.text ?? ''}
      </p>
    </div>
  )
}
