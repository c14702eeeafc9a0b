// /recu#room=…&token=…&key=… (a share link or its QR code): opens the share through the relay of
// the link and shows it at once from memory, here; once the copy is stored on this device the
// address becomes /recus/<id>. The address is replaced, so the key leaves the address bar and the
// history once the booklet is stored — and not before: a reload while the copy is being written
// opens the link again instead of landing on an id this device does not know yet.
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { type ReceiveCode, receiveLink, whenStored } from '../../../features/receive/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { LinkButton } from '../../components/LinkButton.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { navigate, useLocation } from '../../router.ts'
import { PartError } from './PartError.tsx'
import { receiveError } from './receive-errors.ts'
import './operator.css'

/** Opens the share of the link in the address. */
export default function OpenLinkScreen(_props: { id?: string }) {
  const { path, hash } = useLocation()
  const [failed, setFailed] = useState<ReceiveCode>()
  const [attempt, setAttempt] = useState(0)
  const [shown, setShown] = useState<{ id: string; View: ComponentType<{ id?: string }> }>()
  useEffect(() => {
    // Once stored, the address becomes /recus/<id>: this screen is leaving, nothing to open.
    if (path !== '/recu') return
    let live = true
    performance.mark('livret:open-link-screen')
    setFailed(undefined)
    setShown(undefined)
    // The view comes next: fetch its code while the share opens.
    const view = import('./received-screen.tsx')
    void receiveLink(location.href).then(async (r) => {
      if (!live) return
      if (!r.ok) return setFailed(r.code)
      const id = r.value
      const View = (await view).default
      if (!live) return
      setShown({ id, View })
      try {
        await whenStored(id)
        if (live) navigate(`/recus/${id}`, true)
      } catch {
        if (live) setFailed('store-failed')
      }
    })
    return () => {
      live = false
    }
  }, [path, hash, attempt])
  if (shown && failed === undefined) return <shown.View id={shown.id} />
  return (
    <div>
      <PageHeader icon="received" title={t('nav.openShare')} />
      {failed === undefined ? (
        <p role="status" class="op-live">
          <Icon name="received" /> {t('operator.opening')}
        </p>
      ) : (
        <div class="card">
          <PartError message={receiveError(failed)} />
          <div class="op-actions">
            {failed === 'share-unreachable' || failed === 'store-failed' ? (
              <button type="button" class="btn btn-primary" onClick={() => setAttempt(attempt + 1)}>
                {t('operator.retry')}
              </button>
            ) : null}
            <LinkButton href="/recevoir" icon="scan">
              {t('operator.list.receive')}
            </LinkButton>
            <LinkButton href="/recus">{t('nav.received')}</LinkButton>
          </div>
        </div>
      )}
    </div>
  )
}
