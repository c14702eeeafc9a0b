// On a paired device: its name, who manages the devices, and the way to stop syncing it.
import { useEffect, useRef, useState } from 'preact/hooks'
import { clearPrivateLink, forgetSelf, type SelfRecord } from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { CardSection } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'

/** Props: this device's record, and what to do once it stopped syncing. */
export type MemberPanelProps = { self: Extract<SelfRecord, { role: 'member' }>; onLeft: () => void }

/** The paired device's panel. */
export function MemberPanel({ self, onLeft }: MemberPanelProps) {
  const [confirming, setConfirming] = useState(false)
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (confirming) keep.current?.focus()
  }, [confirming])
  const leave = async () => {
    clearPrivateLink()
    await forgetSelf()
    showToast(t('devices.left'))
    onLeft()
  }
  return (
    <CardSection id="member-title" icon="devices" title={self.name}>
      <p>{t('devices.memberText', { name: self.name })}</p>
      <p class="hint">{t('devices.memberHelp')}</p>
      {confirming ? (
        <div class="confirm">
          <p id="leave-help">{t('devices.leaveHelp')}</p>
          <p class="row">
            <button type="button" class="btn btn-danger" onClick={() => void leave()}>
              {t('devices.leave')}
            </button>
            <button type="button" class="btn" ref={keep} onClick={() => setConfirming(false)}>
              {t('devices.removeNo')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" class="btn" onClick={() => setConfirming(true)}>
          {t('devices.leave')}
        </button>
      )}
    </CardSection>
  )
}
