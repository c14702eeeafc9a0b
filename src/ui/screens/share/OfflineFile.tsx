// With no network at intake: the share as a sealed file to download (features/share/share-file.ts, a snapshot),
// and its key as a QR code (and as text) that the operator's app reads to open the file.
import { useState } from 'preact/hooks'
import type { ShareSelectionInput } from '../../../domain/index.ts'
import { exportOfflineShare, SHARE_FILE_EXTENSION } from '../../../features/share/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { QrCode } from '../../components/QrCode.tsx'
import { FormNote } from '../../crud/FormNote.tsx'
import { downloadFile } from '../../download.ts'
import { useSession } from '../../session.ts'

/** The offline share: make the file, then show the key. */
export function OfflineFile({ input }: { input: ShareSelectionInput }) {
  const { doc } = useSession()
  const [state, setState] = useState<
    { step: 'idle' } | { step: 'making' } | { step: 'done'; name: string; key: string } | { step: 'failed' }
  >({ step: 'idle' })
  const make = async () => {
    setState({ step: 'making' })
    try {
      const r = await exportOfflineShare(doc, input)
      if (!r.ok) return setState({ step: 'failed' })
      const name = `livret-partage-${new Date().toISOString().slice(0, 10)}${SHARE_FILE_EXTENSION}`
      downloadFile(r.value.bytes, name)
      setState({ step: 'done', name, key: r.value.key })
    } catch (e) {
      console.error(e)
      setState({ step: 'failed' })
    }
  }
  return (
    <CardSection id="share-file-title" icon="backup" title={t('share.file.title')}>
      <p>{t('share.file.intro')}</p>
      <p class="share-warning">
        <Icon name="private" /> {t('share.file.noUndo')}
      </p>
      <button type="button" class="btn" onClick={make} disabled={state.step === 'making'}>
        {t('share.file.make')}
      </button>
      <div role="status">
        {state.step === 'making' ? <p>{t('share.file.making')}</p> : null}
        {state.step === 'done' ? (
          <p class="ok">{t('share.file.saved', { name: state.name, recipient: input.recipient })}</p>
        ) : null}
      </div>
      <FormNote note={state.step === 'failed' ? { text: t('share.file.failed'), error: true } : undefined} />
      {state.step === 'done' ? (
        <div class="share-qr">
          <QrCode text={state.key} label={t('share.file.keyQr')} size={320} />
          <p>
            {t('share.file.keyText')} <code class="share-key">{state.key}</code>
          </p>
        </div>
      ) : null}
    </CardSection>
  )
}
