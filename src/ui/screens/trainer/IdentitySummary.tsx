// A signing identity as others will see it: its name lines, then its fingerprint. The trainer's adds
// its organisation and creation day; the organisation's (KeySummary too) its website.
import type { ComponentChildren } from 'preact'
import { type TrainerIdentity, trainerKeyInfo } from '../../../features/trainer/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import type { IconName } from '../../components/Icon.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { Fingerprint } from './Fingerprint.tsx'

/** The identity card `id` (its heading's id): `children` say who it is, the fingerprint follows. */
export const KeySummary = (props: {
  id: string
  icon: IconName
  title: string
  fingerprint: string
  organisation?: boolean
  children: ComponentChildren
}) => (
  <CardSection id={props.id} icon={props.icon} title={props.title}>
    {props.children}
    <Fingerprint fingerprint={props.fingerprint} organisation={props.organisation ?? false} />
  </CardSection>
)

/** The identity card of the trainer home. */
export const IdentitySummary = ({ identity }: { identity: TrainerIdentity }) => (
  <KeySummary
    id="trainer-identity-title"
    icon="trainer"
    title={t('trainer.identityTitle')}
    fingerprint={trainerKeyInfo(identity).fingerprint}
  >
    <p class="big">
      <strong data-trainer-name>{identity.name}</strong>
      <br />
      <span data-trainer-organisation>{identity.organisation}</span>
    </p>
    <p class="muted">{t('trainer.createdAt', { date: formatDate(identity.createdAt) })}</p>
  </KeySummary>
)
