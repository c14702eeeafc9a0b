// Backup and restore: a file with the whole booklet, to keep somewhere safe.
import { t } from '../../../i18n/index.ts'
import { EvictionNotice } from '../../components/EvictionNotice.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { ExportBackup } from './ExportBackup.tsx'
import { ImportBackup } from './ImportBackup.tsx'

/** The backup screen. */
export default function BackupScreen() {
  return (
    <div>
      <PageHeader icon="backup" title={t('backup.title')} intro={t('backup.intro')} />
      <EvictionNotice />
      <ExportBackup />
      <ImportBackup />
    </div>
  )
}
