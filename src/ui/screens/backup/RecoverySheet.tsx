// The recovery sheet card: makes (or replaces) the sealed copy on the relay and shows the code in
// large groups with its QR code; "Voir la feuille à imprimer" opens the print view (words large, QR,
// plain steps, "keep it at home") that covers the screen and is all that prints.
import { useEffect, useState } from 'preact/hooks'
import type {
  RecoveryCode,
  RecoveryBinding as SealedRoom,
  SheetCode as SheetCodeError,
} from '../../../features/devices/index.ts'
import {
  appNet,
  newRecoverySeed,
  recoveryCode,
  recoveryLink,
  replaceRecoverySheet,
  writeRecoveryCopy,
  writeRecoveryRecords,
} from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { collectBackupRecords } from '../../../storage/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { QrCode } from '../../components/QrCode.tsx'
import { FormNote, type FormNoteValue } from '../../crud/FormNote.tsx'
import { errorMessages } from '../../errors.ts'
import { useSession } from '../../session.ts'
import { keepRecoverySeed, loadRecoverySeed } from './recovery-seed.ts'
import './recovery.css'

/** The words of a recovery error code. */
export const recoveryError = errorMessages<SheetCodeError | RecoveryCode | 'unknown'>(
  {
    'sheet-malformed': 'recovery.error.sheet-malformed',
    'sheet-mistyped': 'recovery.error.sheet-mistyped',
    'sheet-replaced': 'recovery.error.sheet-replaced',
    'sheet-empty': 'recovery.error.sheet-empty',
    'relay-unreachable': 'recovery.error.relay-unreachable',
    unknown: 'recovery.error.unknown',
  },
  'recovery.error.unknown',
).text

/** The printable sheet, over the whole screen. */
export function PrintableSheet({ seed, onClose }: { seed: Uint8Array; onClose: () => void }) {
  return (
    <div class="recovery-print" role="dialog" aria-modal="true" aria-labelledby="sheet-print-title">
      <h2 id="sheet-print-title">{t('recovery.sheetPrintTitle')}</h2>
      <p class="recovery-code" data-testid="sheet-code-print">
        {recoveryCode(seed)}
      </p>
      <QrCode text={recoveryLink(location.origin, seed)} label={t('recovery.sheetQr')} size={240} />
      <p>{t('recovery.sheetSteps')}</p>
      <p class="recovery-home">{t('recovery.sheetHome')}</p>
      <div class="row no-print">
        <button type="button" class="btn btn-primary" onClick={() => globalThis.print()}>
          {t('recovery.sheetPrintNow')}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          {t('recovery.sheetClose')}
        </button>
      </div>
    </div>
  )
}

/** The code, large, and the buttons to print or replace it. */
export function SheetCode({ seed }: { seed: Uint8Array }) {
  const [printing, setPrinting] = useState(false)
  return (
    <div>
      <p>{t('recovery.sheetCode')}</p>
      <p class="recovery-code" data-testid="sheet-code">
        {recoveryCode(seed)}
      </p>
      <p>{t('recovery.sheetKeep')}</p>
      <button type="button" class="btn btn-primary" onClick={() => setPrinting(true)}>
        <Icon name="print" /> {t('recovery.sheetPrint')}
      </button>
      {printing ? <PrintableSheet seed={seed} onClose={() => setPrinting(false)} /> : null}
    </div>
  )
}

/** The recovery sheet card of the backup screen. */
export function RecoverySheet({ fresh }: { fresh?: Uint8Array | undefined }) {
  const { doc } = useSession()
  const [seed, setSeed] = useState<Uint8Array | undefined>(fresh)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<FormNoteValue | undefined>(undefined)

  useEffect(() => {
    if (fresh) return setSeed(fresh)
    let live = true
    void loadRecoverySeed().then(async (known) => {
      if (!live || !known) return
      setSeed(known)
      // Bring the sealed copy up to date while the screen is open.
      const written = await writeRecoveryCopy(doc, known, appNet())
      if (!written.ok) return
      await keepRecoverySeed(known, written.value, doc)
      await writeRecoveryRecords(known, await collectBackupRecords(), appNet())
    })
    return () => {
      live = false
    }
  }, [doc, fresh])

  const make = async () => {
    setBusy(true)
    setMessage(undefined)
    try {
      let next: { seed: Uint8Array; room: SealedRoom }
      if (seed) {
        const r = await replaceRecoverySheet(doc, seed, appNet())
        if (!r.ok) return setMessage({ text: recoveryError(r.code), error: true })
        next = r.value
      } else {
        const made = newRecoverySeed()
        const r = await writeRecoveryCopy(doc, made, appNet())
        if (!r.ok) return setMessage({ text: recoveryError(r.code), error: true })
        next = { seed: made, room: r.value }
      }
      await keepRecoverySeed(next.seed, next.room, doc)
      // The shares, requests and inboxes go beside the booklet, so they can be withdrawn after.
      const records = await writeRecoveryRecords(next.seed, await collectBackupRecords(), appNet())
      setSeed(next.seed)
      if (!records.ok) return setMessage({ text: recoveryError(records.code), error: true })
      setMessage({ text: t('recovery.sheetMade'), error: false })
    } finally {
      setBusy(false)
    }
  }

  return (
    <CardSection icon="private" id="sheet-title" title={t('recovery.sheetTitle')}>
      <p>{t('recovery.sheetIntro')}</p>
      {seed ? <SheetCode seed={seed} /> : null}
      <button
        type="button"
        class={seed ? 'btn' : 'btn btn-primary'}
        disabled={busy}
        onClick={() => void make()}
      >
        {t(seed ? 'recovery.sheetReplace' : 'recovery.sheetCreate')}
      </button>
      {busy ? <p role="status">{t('recovery.sheetBusy')}</p> : null}
      <FormNote note={message} />
    </CardSection>
  )
}
