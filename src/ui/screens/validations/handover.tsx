// Handing a validation request to the trainer: the QR code, the link (copy, or the phone's share
// sheet), and whether the competences have reached the relay yet.
import { useEffect, useState } from 'preact/hooks'
import type { RequestRecord } from '../../../features/validations/index.ts'
import { VALIDATION_REQUEST_DAYS } from '../../../features/validations/index.ts'
import { t } from '../../../i18n/index.ts'
import { canShare as browserCanShare, copyText, shareUrl } from '../../clipboard.ts'
import { HandoverQr } from '../../components/HandoverQr.tsx'
import { Icon } from '../../components/Icon.tsx'
import { showToast } from '../../components/Toast.tsx'
import { TextField } from '../../crud/TextField.tsx'

/** Where sending the competences stands. */
export type SendState = 'sending' | 'sent' | 'not-sent'

const trainerLabel = (r: Pick<RequestRecord, 'trainer' | 'organisation'>): string =>
  r.organisation ? `${r.trainer} (${r.organisation})` : r.trainer

/** "Name (Organisation)" of a request's trainer. */
export { trainerLabel }

/** The QR code and link of one request. */
export function Handover({
  record,
  send,
  onDone,
}: {
  record: RequestRecord
  send: SendState
  onDone: () => void
}) {
  const [canShare, setCanShare] = useState(false)
  useEffect(() => {
    setCanShare(browserCanShare())
    document.getElementById('handover-title')?.focus()
  }, [])
  const copy = async () => {
    const field = document.getElementById('handover-link') as HTMLTextAreaElement | null
    if (await copyText(record.link, field)) showToast(t('validations.copied'), undefined, 3000)
    else showToast(t('validations.copyFailed'), undefined, 6000)
  }
  const share = () => shareUrl(t('validations.shareText'), record.link)
  return (
    <section class="card handover" aria-labelledby="handover-title">
      <h2 id="handover-title" tabIndex={-1}>
        <Icon name="scan" /> {t('validations.handoverTitle')}
      </h2>
      <p>
        <strong>{trainerLabel(record)}</strong>
      </p>
      <p>{t('validations.handoverIntro', { days: VALIDATION_REQUEST_DAYS })}</p>
      <p class={send === 'sent' ? 'ok' : send === 'not-sent' ? 'form-error' : 'muted'} role="status">
        {t(
          send === 'sent'
            ? 'validations.sent'
            : send === 'not-sent'
              ? 'validations.notSent'
              : 'validations.sending',
        )}
      </p>
      <div class="qr-frame">
        <HandoverQr
          size={320}
          link={record.link}
          what={t('validations.qrLabel', { trainer: trainerLabel(record) })}
        />
      </div>
      <TextField
        id="handover-link"
        label={t('validations.link')}
        hint={t('validations.secretNote')}
        class="link-text"
        readOnly
        rows={3}
        value={record.link}
      />
      <div class="row">
        <button type="button" class="btn" onClick={copy}>
          {t('validations.copy')}
        </button>
        {canShare ? (
          <button type="button" class="btn" onClick={share}>
            {t('validations.shareLink')}
          </button>
        ) : null}
        <button type="button" class="btn btn-primary" onClick={onDone}>
          {t('validations.done')}
        </button>
      </div>
    </section>
  )
}
