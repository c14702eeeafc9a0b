// One professional allowed to propose: since when, connection state, the QR code and link to hand
// over (copy, or the system's share sheet), and withdrawing the access.
import { useState } from 'preact/hooks'
import type { InboxView } from '../../../features/proposals/index.ts'
import { removeInbox } from '../../../features/proposals/index.ts'
import { formatDate, labelled, t } from '../../../i18n/index.ts'
import { HandoverQr } from '../../components/HandoverQr.tsx'
import { LinkField } from '../../components/LinkField.tsx'
import { showToast } from '../../components/Toast.tsx'

const who = (v: InboxView): string =>
  v.record.organisation ? `${v.record.professional} (${v.record.organisation})` : v.record.professional

/** The QR code and the link for one professional. */
export function Handover({ view }: { view: InboxView }) {
  const id = `handover-${view.record.id}`
  return (
    <section class="handover" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('proposals.handoverTitle', { who: who(view) })}</h4>
      <p>{t('proposals.handoverText')}</p>
      <div class="handover-qr">
        <HandoverQr link={view.record.link} what={t('proposals.qrLabel', { who: who(view) })} />
      </div>
      <LinkField
        id={`${id}-link`}
        class="handover-link"
        link={view.record.link}
        words={{
          label: t('proposals.link'),
          copy: t('proposals.copy'),
          copied: t('proposals.copied'),
          copyFailed: t('proposals.copyFailed'),
          share: { label: t('proposals.share'), title: t('proposals.shareTitle') },
        }}
      />
    </section>
  )
}

/** One professional with their link. */
export function InboxItem({
  view,
  open,
  onToggle,
}: {
  view: InboxView
  open: boolean
  onToggle: () => void
}) {
  const [busy, setBusy] = useState(false)
  const online = view.status === 'synced'
  const remove = async () => {
    setBusy(true)
    const r = await removeInbox(view.record)
    setBusy(false)
    showToast(t(r.ok ? 'proposals.removed' : 'proposals.removeFailed'), undefined, 5000)
  }
  return (
    <li class="card" aria-label={who(view)}>
      <h3>{who(view)}</h3>
      <p class="small">
        {t('proposals.since', { date: formatDate(view.record.createdAt) })} ·{' '}
        {online
          ? t('proposals.online')
          : view.status === 'connecting' || view.status === 'syncing'
            ? t('proposals.connecting')
            : t('proposals.offline')}
      </p>
      <div class="row">
        <button type="button" class="btn" aria-expanded={open} onClick={onToggle}>
          {open ? t('proposals.hideQr') : t('proposals.showQr')}
        </button>
        <button
          type="button"
          class="btn btn-danger"
          disabled={busy}
          aria-label={labelled(t('proposals.remove'), who(view))}
          onClick={() => void remove()}
        >
          {t('proposals.remove')}
        </button>
      </div>
      {open ? <Handover view={view} /> : null}
    </li>
  )
}
