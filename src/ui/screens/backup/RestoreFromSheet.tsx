// "Restaurer avec ma feuille de secours": the person types the code (or the sheet's QR code opened
// this screen with the code in its fragment). The booklet comes back from the sealed copy; then a
// new sheet is made at once and the old copy deleted, so the lost device's sheet and copy stop
// working, and the new sheet is shown to print.
import { useEffect, useState } from 'preact/hooks'
import * as Y from 'yjs'
import { isEmptyBooklet } from '../../../booklet/index.ts'
import type { BookletId } from '../../../domain/index.ts'
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
import { FormCard } from '../../crud/FormCard.tsx'
import { FormNote, SubmitBusy } from '../../crud/FormNote.tsx'
import { TextField } from '../../crud/TextField.tsx'
import { sessionStore, useSession } from '../../session.ts'
import { reopenAround } from '../../session-open.ts'
import { recoveryError } from './RecoverySheet.tsx'
import { keepRecoverySeed } from './recovery-seed.ts'
import { restoredSentence } from './restore-summary.ts'

/** Brings the booklet back from the sealed copy of the sheet `seed` into the open booklet (`doc`,
 * `id`), then makes a new sheet at once; the new seed and the sentence saying what came back. */
async function restoreWithSheet(
  seed: Uint8Array,
  doc: Y.Doc,
  id: BookletId,
): Promise<
  { ok: true; seed: Uint8Array; said: string } | { ok: false; code: Parameters<typeof recoveryError>[0] }
> {
  const read = await readRecoveryCopy(seed, appNet())
  if (!read.ok) return read
  const records = await readRecoveryRecords(seed, appNet())
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
  if (!stored.ok) return stored
  // After a replacement the session reopened on a new doc: the new sheet seals that one.
  const now = sessionStore.get()
  const restored = now.state === 'ready' ? now.session.doc : doc
  // A new sheet at once: the old one (and whoever holds it, the lost device) is cut off.
  const replaced = await replaceRecoverySheet(restored, seed, appNet())
  if (!replaced.ok) return replaced
  await keepRecoverySeed(replaced.value.seed, replaced.value.room, restored)
  await writeRecoveryRecords(replaced.value.seed, await collectBackupRecords(), appNet())
  return { ok: true, seed: replaced.value.seed, said: restoredSentence(countByKind(content.records)) }
}

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
    const r = await restoreWithSheet(seed.value, doc, id).finally(() => setBusy(false))
    if (!r.ok) return setError(recoveryError(r.code))
    setDone(r.said)
    setCode('')
    onRestored(r.seed)
  }

  return (
    <FormCard id="sheet-restore-title" icon="private" title={t('recovery.restoreTitle')} onSubmit={restore}>
      <TextField
        id="sheet-code"
        label={t('recovery.restoreCode')}
        hint={t('recovery.restoreHint')}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        value={code}
        onValue={setCode}
      />
      <SubmitBusy busy={busy} label={t('recovery.restoreButton')} busyText={t('recovery.restoreBusy')} />
      <FormNote note={error === undefined ? undefined : { text: error, error: true }} />
      <FormNote
        note={done === undefined ? undefined : { text: `${done} ${t('recovery.restored')}`, error: false }}
        testId="sheet-restore-summary"
      />
    </FormCard>
  )
}
