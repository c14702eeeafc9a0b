// The list of the person's other devices (on ANY of them: the household lists every device):
// name, when paired, when last seen; remove with a confirmation (the lost phone).
import { useState } from 'preact/hooks'
import { formatDate, formatTime, t } from '../../../i18n/index.ts'
import { ConfirmBox } from '../../components/ConfirmBox.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { Working } from '../../components/Working.tsx'

/** One device as the list shows it; `id` is its mailbox's room id. */
export interface ListedDevice {
  id: string
  label: string
  pairedAt: string
  lastSeenAt?: string
  /** A pairing code shown, not used yet (only on the device that showed it). */
  pending?: boolean
}

/** Props: the devices, and the removal (resolves with an error text, or undefined when done). */
export type DeviceListProps = {
  devices: readonly ListedDevice[]
  onRemove: (device: ListedDevice) => Promise<string | undefined>
}

/** Name of a device in the list. */
export const deviceName = (d: ListedDevice): string =>
  d.pending ? t('devices.pending') : d.label || t('devices.unnamed')

/** The list of paired devices. */
export function DeviceList({ devices, onRemove }: DeviceListProps) {
  const [confirming, setConfirming] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  const remove = async (d: ListedDevice) => {
    setBusy(d.id)
    setError(undefined)
    const failed = await onRemove(d)
    setBusy(undefined)
    setConfirming(undefined)
    if (failed) setError(failed)
  }
  return (
    <CardSection id="devices-list-title" icon="devices" title={t('devices.listTitle')}>
      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {devices.length === 0 ? <p class="muted">{t('devices.none')}</p> : null}
      <ul class="plain device-list">
        {devices.map((d) => {
          const id = d.id
          const name = deviceName(d)
          return (
            <li key={id} class="subcard" data-device={d.label}>
              <h3>{name}</h3>
              <p class="hint">{t('devices.pairedOn', { date: formatDate(d.pairedAt) })}</p>
              {d.lastSeenAt ? (
                <p class="hint">
                  {t('devices.lastSeen', {
                    date: formatDate(d.lastSeenAt),
                    time: formatTime(new Date(d.lastSeenAt)),
                  })}
                </p>
              ) : null}
              {busy === id ? (
                <Working id={`removing-${id}`} text={t('devices.removing')} />
              ) : confirming === id ? (
                <ConfirmBox
                  id={`confirm-${id}`}
                  question={t('devices.removeConfirm', { name })}
                  yes={t('devices.removeYes')}
                  no={t('devices.removeNo')}
                  onYes={() => void remove(d)}
                  onNo={() => setConfirming(undefined)}
                />
              ) : (
                <button
                  type="button"
                  class="btn"
                  disabled={busy !== undefined}
                  onClick={() => setConfirming(id)}
                >
                  {t('devices.remove', { name })}
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </CardSection>
  )
}
