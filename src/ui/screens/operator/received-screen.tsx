// PLACEHOLDER — to be replaced by the screen itself.
import { t } from '../../../i18n/index.ts'
import { PageHeader } from '../../components/PageHeader.tsx'

/** Placeholder. */
export default function ReceivedScreen(_props: { id?: string }) {
  return <PageHeader icon="received" title={t('nav.received')} />
}
