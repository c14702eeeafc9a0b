// One line saying where the private room stands: "Synchronisé à 14:32", "Hors ligne", removed…

import { formatTime, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { usePrivateSyncState } from '../../hooks/features.ts'

/** The private room's status, in words (a polite live region). */
export function SyncStatus() {
  const s = usePrivateSyncState()
  const text =
    s.state === 'synced'
      ? t('devices.status.synced', { time: formatTime(new Date(s.at)) })
      : s.state === 'offline'
        ? s.lastSyncedAt
          ? t('devices.status.offlineSince', { time: formatTime(new Date(s.lastSyncedAt)) })
          : t('devices.status.offline')
        : s.state === 'connecting'
          ? t('devices.status.connecting')
          : s.state === 'moving'
            ? t('devices.status.moving')
            : s.state === 'removed'
              ? t('devices.status.removed')
              : s.state === 'unlinked'
                ? t('devices.status.unlinked')
                : t('devices.status.off')
  const bad = s.state === 'removed' || s.state === 'unlinked'
  return (
    <p class={`sync-status${bad ? ' sync-status-bad' : ''}`} role="status" data-sync={s.state}>
      <Icon name={s.state === 'synced' ? 'saved' : bad ? 'error' : 'devices'} /> {text}
    </p>
  )
}
