// The owner device showing a pairing code: a large QR code and the link, and, while it is shown,
// a watch on the new device's mailbox so that "« Ordinateur » est relié" appears once it joined.
import { useEffect, useRef, useState } from 'preact/hooks'
import {
  appNet,
  type DeviceRecord,
  mailboxCapability,
  saveDevice,
  watchMailbox,
} from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { HandoverQr } from '../../components/HandoverQr.tsx'
import { LinkField } from '../../components/LinkField.tsx'
import { SectionTitle } from '../../components/PageHeader.tsx'

/** Props: the pairing shown, and what to do when the person closes or cancels it. */
export type PairingPanelProps = {
  link: string
  device: DeviceRecord
  onJoined: () => void
  onClose: () => void
  onCancel: () => void
}

/** The pairing code and link, with the waiting / joined status. */
export function PairingPanel({ link, device, onJoined, onClose, onCancel }: PairingPanelProps) {
  const [joined, setJoined] = useState<string | undefined>(undefined)
  const joinedRef = useRef(onJoined)
  joinedRef.current = onJoined
  const title = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // The button that opened the panel is gone: focus goes to the panel's heading.
    const heading = title.current?.querySelector('h2')
    heading?.setAttribute('tabindex', '-1')
    heading?.focus()
  }, [])
  useEffect(() => {
    // One watch per device shown (not per render): the name is saved once.
    let saved = false
    return watchMailbox(mailboxCapability(device.mailbox), appNet(), (content) => {
      if (!content.name || saved) return
      saved = true
      setJoined(content.name)
      void saveDevice({ ...device, label: content.name }).then(() => joinedRef.current())
    })
  }, [device])
  return (
    <section class="card pair-panel" aria-labelledby="pair-title">
      <div ref={title}>
        <SectionTitle icon="devices" id="pair-title">
          {t('devices.pairTitle')}
        </SectionTitle>
      </div>
      <p>{t('devices.pairHelp')}</p>
      <p class="private-note">{t('devices.secretWarning')}</p>
      <div class="pair-qr">
        <HandoverQr link={link} what={t('devices.qrLabel')} size={320} seconds={15 * 60} />
      </div>
      <LinkField
        id="pair-link"
        class="pair-link"
        link={link}
        words={{ label: t('devices.linkLabel'), copy: t('devices.copy'), copied: t('devices.copied') }}
      />
      <p role="status" class={joined ? 'ok' : 'muted'}>
        {joined ? t('devices.joined', { name: joined }) : t('devices.waiting')}
      </p>
      <p class="row">
        <button type="button" class="btn btn-primary" onClick={onClose}>
          {t('devices.done')}
        </button>
        {joined ? null : (
          <button type="button" class="btn" onClick={onCancel}>
            {t('devices.cancel')}
          </button>
        )}
      </p>
    </section>
  )
}
