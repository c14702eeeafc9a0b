// Backup and restore: a file with the whole booklet, to keep somewhere safe.
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { EvictionNotice } from '../../components/EvictionNotice.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { ExportBackup } from './ExportBackup.tsx'
import { ImportBackup } from './ImportBackup.tsx'
import { RecoverySheet } from './RecoverySheet.tsx'
import { RestoreFromSheet } from './RestoreFromSheet.tsx'

/** The backup screen. */
export default function BackupScreen() {
  // A restore from a sheet makes a new sheet at once: shown in the sheet card to print.
  const [fresh, setFresh] = useState<Uint8Array | undefined>(undefined)
  return (
    <div>
      <PageHeader icon="backup" title={t('backup.title')} intro={t('backup.intro')} />
      <EvictionNotice />
      <ExportBackup />
      <RecoverySheet fresh={fresh} />
      <ImportBackup />
      <RestoreFromSheet onRestored={setFresh} />
    </div>
  )
}
