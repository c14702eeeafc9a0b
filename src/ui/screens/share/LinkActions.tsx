// The share link as text, with Copy and (where the browser offers it) the system's share sheet.
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'

const copyText = async (text: string, input: HTMLInputElement | null): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // No clipboard permission (or an old browser): select the text and use the old command.
    if (!input) return false
    input.select()
    try {
      return document.execCommand('copy')
    } catch {
      return false
    }
  }
}

/** The link, a Copy button and a Share button (Web Share API) when present. */
export function LinkActions({ link, recipient }: { link: string; recipient: string }) {
  const [message, setMessage] = useState<{ text: string; error: boolean }>()
  const canShare = typeof navigator.share === 'function'
  return (
    <div class="field share-link">
      <label for="share-link">{t('share.handover.link')}</label>
      <p class="hint" id="share-link-hint">
        {t('share.handover.linkHelp', { recipient })}
      </p>
      <input
        id="share-link"
        type="text"
        readOnly
        value={link}
        aria-describedby="share-link-hint"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div class="row">
        <button
          type="button"
          class="btn btn-primary"
          onClick={async () => {
            const done = await copyText(
              link,
              document.getElementById('share-link') as HTMLInputElement | null,
            )
            setMessage(
              done
                ? { text: t('share.handover.copied'), error: false }
                : { text: t('share.handover.copyFailed'), error: true },
            )
          }}
        >
          {t('share.handover.copy')}
        </button>
        {canShare ? (
          <button
            type="button"
            class="btn"
            onClick={() => {
              navigator.share({ title: t('share.handover.sendTitle'), url: link }).catch(() => {})
            }}
          >
            <Icon name="share" /> {t('share.handover.send')}
          </button>
        ) : null}
      </div>
      <p role="status" class={message?.error ? 'field-error' : 'ok'}>
        {message?.text ?? ''}
      </p>
    </div>
  )
}
