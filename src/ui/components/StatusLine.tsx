// "Enregistré sur cet appareil à 14:02", or the error with the way out: make a backup.
import { formatTime, t } from '../../i18n/index.ts'
import { saveStore } from '../session.ts'
import { useStore } from '../store.ts'
import { Icon } from './Icon.tsx'

/** The save status of the booklet. */
export function StatusLine() {
  const s = useStore(saveStore)
  if (s.state === 'error')
    return (
      <p class="status status-error" role="alert">
        <Icon name="error" />{' '}
        {t('status.notSaved', {
          reason: t(s.reason === 'quota' ? 'status.reasonQuota' : 'status.reasonOther'),
        })}{' '}
        <a href="/sauvegarde">{t('status.backupNow')}</a>
      </p>
    )
  return (
    <p class="status">
      <Icon name="saved" />{' '}
      {s.state === 'saved' ? t('status.savedAt', { time: formatTime(s.at) }) : t('status.saved')}
    </p>
  )
}
