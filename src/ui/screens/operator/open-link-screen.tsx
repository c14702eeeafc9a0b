// /recu#room=…&token=…&key=… (a share link or its QR code): opens the share through the relay of
// the link, stores it on this device, then shows it at /recus/<id>. The address is replaced, so
// the key leaves the address bar and the history once the booklet is stored.
import { useEffect, useState } from 'preact/hooks'
import { type ReceiveCode, receiveLink } from '../../../features/receive/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { navigate, useLocation } from '../../router.ts'
import { receiveError } from './receive-errors.ts'
import './operator.css'

/** Opens the share of the link in the address. */
export default function OpenLinkScreen(_props: { id?: string }) {
  const { path, hash } = useLocation()
  const [failed, setFailed] = useState<ReceiveCode>()
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    // Once stored, the address becomes /recus/<id>: this screen is leaving, nothing to open.
    if (path !== '/recu') return
    let live = true
    performance.mark('livret:open-link-screen')
    setFailed(undefined)
    // The view comes next: fetch its code while the share opens.
    void import('./received-screen.tsx')
    void receiveLink(location.href).then((r) => {
      if (!live) return
      if (r.ok) navigate(`/recus/${r.value}`, true)
      else setFailed(r.code)
    })
    return () => {
      live = false
    }
  }, [path, hash, attempt])
  return (
    <div>
      <PageHeader icon="received" title={t('nav.openShare')} />
      {failed === undefined ? (
        <p role="status" class="op-live">
          <Icon name="received" /> {t('operator.opening')}
        </p>
      ) : (
        <div class="card">
          <p role="alert" class="op-error">
            <Icon name="error" /> {receiveError(failed)}
          </p>
          <div class="op-actions">
            {failed === 'share-unreachable' || failed === 'store-failed' ? (
              <button type="button" class="btn btn-primary" onClick={() => setAttempt(attempt + 1)}>
                {t('operator.retry')}
              </button>
            ) : null}
            <a class="btn" href="/recevoir">
              <Icon name="scan" /> {t('operator.list.receive')}
            </a>
            <a class="btn" href="/recus">
              {t('nav.received')}
            </a>
          </div>
        </div>
      )}
    </div>
  )
}
