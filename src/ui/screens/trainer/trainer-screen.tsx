// The trainer's home (/formateur): the identity (make it, see its fingerprint, back it up, restore
// it), its card and the organisation's endorsements, the results waiting to be sent, the validation
// requests kept on this device, and the history of signed results (withdrawal).
import { useIdentity } from '../../hooks/features.ts'
import './trainer.css'
import { forgetIdentity } from '../../../features/trainer/index.ts'
import { t } from '../../../i18n/index.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { DamagedKey } from './DamagedKey.tsx'
import { ExportIdentity, RestoreIdentity } from './IdentityBackup.tsx'
import { IdentityForm } from './IdentityForm.tsx'
import { IdentitySummary } from './IdentitySummary.tsx'
import { OutboxPanel } from './OutboxPanel.tsx'
import { PinPrompt } from './PinPrompt.tsx'
import { RequestList } from './RequestList.tsx'
import { SignedHistory } from './SignedHistory.tsx'
import { TrainerCard, TrainerEndorsements } from './TrainerCard.tsx'

/** The trainer home screen. */
export default function TrainerScreen(_props: { id?: string }) {
  const s = useIdentity()
  return (
    <>
      <PageHeader icon="trainer" title={t('nav.trainer')} intro={t('trainer.intro')} />
      {s.state === 'damaged' ? <DamagedKey kind="trainer" onForget={() => void forgetIdentity()} /> : null}
      {s.state === 'none' ? <IdentityForm /> : null}
      {s.state === 'ready' ? (
        <>
          <IdentitySummary identity={s.identity} />
          <TrainerCard identity={s.identity} />
          <TrainerEndorsements identity={s.identity} />
          <OutboxPanel />
          <RequestList />
          <SignedHistory identity={s.identity} />
          <ExportIdentity identity={s.identity} />
        </>
      ) : null}
      {s.state !== 'loading' ? (
        <RestoreIdentity current={s.state === 'ready' ? s.identity : undefined} />
      ) : null}
      <PinPrompt />
    </>
  )
}
