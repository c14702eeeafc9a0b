// "Enregistré sur cet appareil à 14:02", or the error with the way out: make a backup. Below it, when
// background work waits (offline, relay not answering, a runtime that failed to start), one line
// from the runtimes' status store with "retry now".
import { runtimeStatusStore, worstStatus } from '../../features/runtime/index.ts'
import { formatTime, t } from '../../i18n/index.ts'
import { retryNow } from '../runtimes.ts'
import { saveStore } from '../session.ts'
import { useStore } from '../store.ts'
import { Icon } from './Icon.tsx'

/** What the background runtimes wait for, if anything. */
function NetworkLine() {
  const worst = worstStatus(useStore(runtimeStatusStore))
  if (!worst || worst.state === 'idle' || worst.state === 'working') return null
  const text =
    worst.state === 'offline'
      ? t('status.netOffline')
      : worst.state === 'error'
        ? t('status.netError')
        : t('status.netWaiting', { time: formatTime(new Date(worst.nextRetryAt ?? Date.now())) })
  return (
    <p class="status status-net" role="status" data-runtime={worst.runtime} data-state={worst.state}>
      <Icon name="share" /> {text}{' '}
      <button type="button" class="btn btn-small" onClick={retryNow}>
        {t('status.retryNow')}
      </button>
    </p>
  )
}

/** The save status of the booklet, and the background work's. */
export function StatusLine() {
  const s = useStore(saveStore)
  const save =
    s.state === 'error' ? (
      <p class="status status-error" role="alert">
        <Icon name="error" />{' '}
        {t('status.notSaved', {
          reason: t(s.reason === 'quota' ? 'status.reasonQuota' : 'status.reasonOther'),
        })}{' '}
        <a href="/sauvegarde">{t('status.backupNow')}</a>
      </p>
    ) : (
      <p class="status">
        <Icon name="saved" />{' '}
        {s.state === 'saved' ? t('status.savedAt', { time: formatTime(s.at) }) : t('status.saved')}
      </p>
    )
  return (
    <>
      {save}
      <NetworkLine />
    </>
  )
}
