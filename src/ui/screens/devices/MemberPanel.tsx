// On a paired device: its name, who manages the devices, and the way to stop syncing it.
import { useState } from 'preact/hooks'
import { clearPrivateLink, forgetSelf, type SelfRecord } from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { ConfirmBox } from '../../components/ConfirmBox.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'

/** Props: this device's record, and what to do once it stopped syncing. */
export type MemberPanelProps = { self: Extract<SelfRecord, { role: 'member' }>; onLeft: () => void }

/** The paired device's panel. */
export function MemberPanel({ self, onLeft }: MemberPanelProps) {
  const [confirming, setConfirming] = useState(false)
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
        <ConfirmBox
          id="leave-help"
          question={t('devices.leaveHelp')}
          yes={t('devices.leave')}
          no={t('devices.removeNo')}
          onYes={() => void leave()}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <button type="button" class="btn" onClick={() => setConfirming(true)}>
          {t('devices.leave')}
        </button>
      )}
    </CardSection>
  )
}
