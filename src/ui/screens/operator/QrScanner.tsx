// The camera part of the receive screen: turns the camera on at the person's request, reads a QR
// code from the picture a few times a second, and stops the camera once a code is read. A photo of
// the code can be read instead (a phone without camera permission, a webcam that cannot focus).
import { useEffect, useRef, useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { FileField } from '../../crud/InputField.tsx'
import { PartError } from './PartError.tsx'
import { qrReader } from './qr-decode.ts'

/** Milliseconds between two reads of the camera picture. */
const SCAN_EVERY_MS = 200

/** Camera and photo QR reading; `onText` receives each code read. */
export function QrScanner({ onText }: { onText: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null)
  const stream = useRef<MediaStream>()
  const [on, setOn] = useState(false)
  const [problem, setProblem] = useState<string>()
  const found = useRef(onText)
  found.current = onText

  const stop = () => {
    for (const track of stream.current?.getTracks() ?? []) track.stop()
    stream.current = undefined
    setOn(false)
  }
  useEffect(() => stop, [])

  useEffect(() => {
    if (!on) return
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = async () => {
      const v = video.current
      if (!live || !v) return
      try {
        const reader = await qrReader()
        const text = v.readyState >= 2 ? await reader.read(v) : undefined
        if (live && text) {
          stop()
          found.current(text)
          return
        }
      } catch {
        // A frame that cannot be read: try the next one.
      }
      if (live) timer = setTimeout(() => void tick(), SCAN_EVERY_MS)
    }
    void tick()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [on])

  const start = async () => {
    setProblem(undefined)
    try {
      const media = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      })
      stream.current = media
      setOn(true)
      const v = video.current
      if (v) {
        v.srcObject = media
        await v.play().catch(() => {})
      }
      // Start the decoder's download and compilation while the camera warms up.
      void qrReader().catch(() => {})
    } catch {
      setProblem(t('operator.scan.noCamera'))
    }
  }

  const readPhoto = async (file: File | undefined) => {
    if (!file) return
    setProblem(undefined)
    try {
      const text = await (await qrReader()).readFile(file)
      if (text) found.current(text)
      else setProblem(t('operator.scan.noCode'))
    } catch {
      setProblem(t('operator.scan.noCode'))
    }
  }

  return (
    <div class="op-scanner">
      <div class="op-actions">
        {on ? (
          <button type="button" class="btn" onClick={stop}>
            <Icon name="stop" /> {t('operator.scan.stop')}
          </button>
        ) : (
          <button type="button" class="btn btn-primary" onClick={() => void start()}>
            <Icon name="scan" /> {t('operator.scan.start')}
          </button>
        )}
      </div>
      <video
        ref={video}
        class="op-video"
        hidden={!on}
        muted
        playsInline
        aria-label={t('operator.scan.video')}
      />
      {on ? (
        <p class="hint" role="status">
          {t('operator.scan.looking')}
        </p>
      ) : null}
      <FileField
        id="op-photo"
        label="operator.scan.photo"
        accept="image/*"
        onFile={(file) => void readPhoto(file)}
      />
      <PartError message={problem} />
    </div>
  )
}
