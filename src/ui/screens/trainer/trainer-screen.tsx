// PLACEHOLDER — to be replaced by the screen itself.
import { t } from '../../../i18n/index.ts'
import { PageHeader } from '../../components/PageHeader.tsx'

/** Placeholder. */
export default function TrainerScreen(_props: { id?: string }) {
  return <PageHeader icon="trainer" title={t('nav.trainer')} />
}
