// The trainer's identity as others will see it: name, organisation, creation day, fingerprint.

import { type TrainerIdentity, trainerKeyInfo } from '../../../features/trainer/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { Fingerprint } from './Fingerprint.tsx'

/** The identity card of the trainer home. */
export function IdentitySummary({ identity }: { identity: TrainerIdentity }) {
  return (
    <section class="card" aria-labelledby="trainer-identity-title">
      <SectionTitle icon="trainer" id="trainer-identity-title">
        {t('trainer.identityTitle')}
      </SectionTitle>
      <p class="big">
        <strong data-trainer-name>{identity.name}</strong>
        <br />
        <span data-trainer-organisation>{identity.organisation}</span>
      </p>
      <p class="muted">{t('trainer.createdAt', { date: formatDate(identity.createdAt) })}</p>
      <Fingerprint fingerprint={trainerKeyInfo(identity).fingerprint} />
    </section>
  )
}
