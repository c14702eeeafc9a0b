// Export: a backup file of the whole booklet, optionally protected by a passphrase.
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { backupFileName, collectBackupRecords, exportBackup, listBlobs } from '../../../storage/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { useSession } from '../../session.ts'

/** The export part of the backup screen. */
export function ExportBackup() {
  const { doc, id } = useSession()
  const [passphrase, setPassphrase] = useState('')
  const [progress, setProgress] = useState<number | undefined>(undefined)
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>(undefined)
  const run = async (e: Event) => {
    e.preventDefault()
    setMessage(undefined)
    setProgress(0)
    try {
      const blobs = await listBlobs(id)
      const file = await exportBackup(doc, blobs, {
        ...(passphrase ? { passphrase } : {}),
        // The shares, requests and inboxes opened here, so a new device can follow them up.
        records: await collectBackupRecords(),
        onProgress: setProgress,
      })
      const name = backupFileName()
      const url = URL.createObjectURL(file)
      const a = document.createElement('a')
      a.href = url
      a.download = name
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setMessage({ text: t('backup.exported', { name }), error: false })
    } catch (err) {
      console.error(err)
      setMessage({ text: t('backup.failed'), error: true })
    } finally {
      setProgress(undefined)
    }
  }
  return (
    <form class="card" aria-labelledby="export-title" onSubmit={run}>
      <SectionTitle icon="backup" id="export-title">
        {t('backup.exportTitle')}
      </SectionTitle>
      <div class="field">
        <label for="export-passphrase">
          {t('backup.passphrase')} <span class="muted">{t('common.optional')}</span>
        </label>
        <p class="hint" id="export-passphrase-hint">
          {t('backup.passphraseHelp')}
        </p>
        <input
          id="export-passphrase"
          type="password"
          autocomplete="new-password"
          aria-describedby="export-passphrase-hint"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="btn btn-primary" disabled={progress !== undefined}>
        {t('backup.export')}
      </button>
      {progress !== undefined ? (
        <p>
          <label for="export-progress">{t('backup.exporting')}</label>{' '}
          <progress id="export-progress" max={1} value={progress} />
        </p>
      ) : null}
      {message ? (
        <p class={message.error ? 'field-error' : 'ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </form>
  )
}
