// Export: a backup file of the whole booklet, optionally protected by a passphrase.
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { backupFileName, collectBackupRecords, exportBackup, listBlobs } from '../../../storage/index.ts'
import { Working } from '../../components/Working.tsx'
import { FormCard } from '../../crud/FormCard.tsx'
import { FormNote, type FormNoteValue, noteOf } from '../../crud/FormNote.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { downloadFile } from '../../download.ts'
import { useSession } from '../../session.ts'

/** The export part of the backup screen. */
export function ExportBackup() {
  const { doc, id } = useSession()
  const [passphrase, setPassphrase] = useState('')
  const [progress, setProgress] = useState<number | undefined>(undefined)
  const [message, setMessage] = useState<FormNoteValue | undefined>(undefined)
  const run = async (e: Event) => {
    e.preventDefault()
    setMessage(undefined)
    setProgress(0)
    const note = await noteOf(async () => {
      const blobs = await listBlobs(id)
      const file = await exportBackup(doc, blobs, {
        ...(passphrase ? { passphrase } : {}),
        // The shares, requests and inboxes opened here, so a new device can follow them up.
        records: await collectBackupRecords(),
        onProgress: setProgress,
      })
      const name = backupFileName()
      downloadFile(file, name)
      return t('backup.exported', { name })
    }, t('backup.failed'))
    setProgress(undefined)
    setMessage(note)
  }
  return (
    <FormCard id="export-title" icon="backup" title={t('backup.exportTitle')} onSubmit={run}>
      <InputField
        id="export-passphrase"
        label="backup.passphrase"
        optional
        hint="backup.passphraseHelp"
        type="password"
        autocomplete="new-password"
        value={passphrase}
        onValue={setPassphrase}
      />
      <button type="submit" class="btn btn-primary" disabled={progress !== undefined}>
        {t('backup.export')}
      </button>
      {progress !== undefined ? (
        <Working id="export-progress" text={t('backup.exporting')} value={progress} />
      ) : null}
      <FormNote note={message} />
    </FormCard>
  )
}
