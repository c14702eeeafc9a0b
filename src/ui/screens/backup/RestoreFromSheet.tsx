// "Restaurer avec ma feuille de secours": the person types the code (or the sheet's QR code opened
// this screen with the code in its fragment). The booklet comes back from the sealed copy; then a
// new sheet is made at once and the old copy deleted, so the lost device's sheet and copy stop
// working, and the new sheet is shown to print.
import { useEffect, useState } from 'preact/hooks'
import * as Y from 'yjs'
import { isEmptyBooklet } from '../../../booklet/index.ts'
import {
  appNet,
  parseRecoveryCode,
  readRecoveryCopy,
  readRecoveryRecords,
  replaceRecoverySheet,
  writeRecoveryRecords,
} from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import {
  collectBackupRecords,
  countByKind,
  mergeBackupIntoBooklet,
  replaceBookletFromBackup,
} from '../../../storage/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { sessionStore, useSession } from '../../session.ts'
import { reopenAround } from '../../session-open.ts'
import { recoveryError } from './RecoverySheet.tsx'
import { keepRecoverySeed } from './recovery-seed.ts'
import { restoredSentence } from './restore-summary.ts'

/** The restore-from-sheet card; `onRestored` receives the new sheet's seed. */
export function RestoreFromSheet({ onRestored }: { onRestored: (seed: Uint8Array) => void }) {
  const { doc, id } = useSession()
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>(undefined)
  const [done, setDone] = useState<string | undefined>(undefined)

  useEffect(() => {
    // The sheet's QR code opens /sauvegarde#<code>: fill it in, then take it out of the address bar.
    const hash = location.hash.slice(1)
    if (hash && parseRecoveryCode(hash).ok) {
      setCode(hash)
      history.replaceState(history.state, '', location.pathname)
    }
  }, [])

  const restore = async (e: Event) => {
    e.preventDefault()
    setError(undefined)
    const seed = parseRecoveryCode(code)
    if (!seed.ok) return setError(recoveryError(seed.code))
    setBusy(true)
    try {
      const read = await readRecoveryCopy(seed.value, appNet())
      if (!read.ok) return setError(recoveryError(read.code))
      const records = await readRecoveryRecords(seed.value, appNet())
      const content = {
        createdAt: new Date().toISOString(),
        booklet: null,
        docUpdate: Y.encodeStateAsUpdate(read.value),
        attachments: [],
        records: records.ok ? records.value : [],
      }
      read.value.destroy()
      const stored = isEmptyBooklet(doc)
        ? await mergeBackupIntoBooklet(id, doc, content)
        : await reopenAround(() => replaceBookletFromBackup(content, { oldId: id }))
      if (!stored.ok) return setError(recoveryError(stored.code))
      // After a replacement the session reopened on a new doc: the new sheet seals that one.
      const now = sessionStore.get()
      const restored = now.state === 'ready' ? now.session.doc : doc
      // A new sheet at once: the old one (and whoever holds it, the lost device) is cut off.
      const replaced = await replaceRecoverySheet(restored, seed.value, appNet())
      if (!replaced.ok) return setError(recoveryError(replaced.code))
      await keepRecoverySeed(replaced.value.seed, replaced.value.room, restored)
      await writeRecoveryRecords(replaced.value.seed, await collectBackupRecords(), appNet())
      setDone(restoredSentence(countByKind(content.records)))
      setCode('')
      onRestored(replaced.value.seed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="card" aria-labelledby="sheet-restore-title" onSubmit={restore} noValidate>
      <SectionTitle icon="private" id="sheet-restore-title">
        {t('recovery.restoreTitle')}
      </SectionTitle>
      <div class="field">
        <label for="sheet-code">{t('recovery.restoreCode')}</label>
        <span id="sheet-code-hint" class="hint block">
          {t('recovery.restoreHint')}
        </span>
        <input
          id="sheet-code"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby="sheet-code-hint"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="btn btn-primary" disabled={busy}>
        {t('recovery.restoreButton')}
      </button>
      {busy ? <p role="status">{t('recovery.restoreBusy')}</p> : null}
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <p class="ok" role="status" data-testid="sheet-restore-summary">
          {done} {t('recovery.restored')}
        </p>
      ) : null}
    </form>
  )
}
