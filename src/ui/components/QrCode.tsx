// A QR code for share links and pairing: large, black on white, with its quiet zone. The encoder
// is loaded on first use so that it stays out of the first screen's bundle.
import { useEffect, useState } from 'preact/hooks'
import { t } from '../../i18n/index.ts'
import { drawQr, type QrDrawing } from './qr-svg.ts'

/** Props of QrCode: the text to encode, its accessible name (default: "Code QR : <text>"), size in px. */
export type QrCodeProps = { text: string; label?: string; size?: number }

/** Draws `text` as a QR code (an image with a name; the text itself should also be shown nearby). */
export function QrCode({ text, label, size = 288 }: QrCodeProps) {
  const [drawing, setDrawing] = useState<{ text: string; qr: QrDrawing } | undefined>(undefined)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    setFailed(false)
    drawQr(text).then(
      (qr) => live && setDrawing({ text, qr }),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [text])
  const name = label ?? t('qr.label', { text })
  if (failed) return <p class="muted">{t('app.loadFailed')}</p>
  const qr = drawing?.text === text ? drawing.qr : undefined
  if (!qr) return <p class="muted">{t('app.loading')}</p>
  return <QrSvg qr={qr} name={name} size={size} />
}

/** The SVG of a prepared drawing: a white square, then the dark modules as one black path. */
export function QrSvg({ qr, name, size }: { qr: QrDrawing; name: string; size: number }) {
  return (
    <svg
      class="qr"
      role="img"
      aria-label={name}
      viewBox={`0 0 ${qr.side} ${qr.side}`}
      width={size}
      height={size}
      shape-rendering="crispEdges"
      style={{ maxWidth: '100%', height: 'auto', background: '#fff' }}
    >
      <rect width={qr.side} height={qr.side} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  )
}
