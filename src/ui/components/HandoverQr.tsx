// What a holder shows to hand a capability over (issue 12 §2): a short QR code (`/h#<id>.<key>`,
// version ≤ 5) and, beside it, 15 digits to type when the camera fails. Both unlock, once, the long
// link sealed on the relay (features/handover). With no connection the long link's QR code is shown
// instead, and the person is told so in a heading ("Hors ligne : code long, à scanner de près").
import { useEffect, useState } from 'preact/hooks'
import { type Handover, makeHandover } from '../../features/handover/index.ts'
import { formatDate, formatTime, t } from '../../i18n/index.ts'
import { Icon } from './Icon.tsx'
import { QrCode } from './QrCode.tsx'
import './handover-qr.css'

/** Props: the long link, the QR code's accessible name, its size, and how long the code lives. */
export type HandoverQrProps = { link: string; what: string; size?: number; seconds?: number }

type State = { status: 'making' } | { status: 'ready'; handover: Handover } | { status: 'offline' }

/** The short QR code and typed code for `link`. */
export function HandoverQr({ link, what, size = 320, seconds }: HandoverQrProps) {
  const [state, setState] = useState<State>({ status: 'making' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setState({ status: 'making' })
    makeHandover(location.origin, link, seconds).then(
      (r) => live && setState(r.ok ? { status: 'ready', handover: r.value } : { status: 'offline' }),
      () => live && setState({ status: 'offline' }),
    )
    return () => {
      live = false
    }
  }, [link, seconds, attempt])
  if (state.status === 'making')
    return (
      <p class="muted" role="status">
        {t('handover.preparing')}
      </p>
    )
  if (state.status === 'offline')
    return (
      <div class="handover-code" data-handover-state="offline-long">
        <p class="handover-offline" role="status">
          <strong>
            <Icon name="no" /> {t('handover.offlineLong')}
          </strong>{' '}
          <span class="hint">{t('handover.offline')}</span>
        </p>
        <QrCode text={link} label={what} size={size} />
        <p>
          <button type="button" class="btn" onClick={() => setAttempt((n) => n + 1)}>
            {t('handover.again')}
          </button>
        </p>
      </div>
    )
  const { handover } = state
  const until = `${formatDate(handover.expiresAt.toISOString())} ${formatTime(handover.expiresAt)}`
  return (
    <div class="handover-code" data-handover-state="short" data-short-link={handover.shortLink}>
      <QrCode text={handover.shortLink} label={what} size={size} />
      <section class="handover-typed" aria-labelledby="handover-typed-title">
        <h3 id="handover-typed-title">
          <Icon name="speech" /> {t('handover.codeTitle')}
        </h3>
        <p class="hint">{t('handover.codeHint')}</p>
        <p class="typed-code">
          <span aria-hidden="true">{handover.code}</span>
          <span class="handover-spoken">
            {t('handover.codeSpoken', { code: handover.code.split('').join(' ') })}
          </span>
        </p>
        <p class="small">{t('handover.expires', { date: until })}</p>
        <button type="button" class="btn" onClick={() => setAttempt((n) => n + 1)}>
          {t('handover.again')}
        </button>
      </section>
    </div>
  )
}
