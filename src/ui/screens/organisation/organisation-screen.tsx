// /organisation (trainer mode): the organisation's identity on this device — made, shown with its
// fingerprint and card (QR and text for professionals' "trusted organisations"), backed up — the
// endorsements it gives trainers face to face, and their withdrawal. It may also validate itself: a
// request link opened here offers to sign on its behalf (the validation screen).
import { useEffect, useState } from 'preact/hooks'
import { addStatusKey } from '../../../features/status/index.ts'
import {
  forgetOrganisation,
  type GivenEndorsement,
  givenEndorsements,
  loadOrganisation,
  type OrganisationSelf,
  organisationStore,
} from '../../../features/trainer/index.ts'
import { organisationPublic } from '../../../features/trainer/signing/index.ts'
import { encodeCard } from '../../../features/trust/index.ts'
import { t } from '../../../i18n/index.ts'
import { CardSection, PageHeader, SectionTitle } from '../../components/PageHeader.tsx'
import { useStore } from '../../store.ts'
import { DamagedKey } from '../trainer/DamagedKey.tsx'
import { KeySummary } from '../trainer/IdentitySummary.tsx'
import { PinPrompt } from '../trainer/PinPrompt.tsx'
import { RequestLinkForm } from '../trainer/RequestLinkForm.tsx'
import { CopyText } from './CopyText.tsx'
import { EndorseTrainer } from './EndorseTrainer.tsx'
import { GivenList } from './GivenList.tsx'
import { OrganisationBackup, OrganisationCreate } from './OrganisationForms.tsx'
import { OrganisationLostKey } from './OrganisationLostKey.tsx'
import { OrganisationRestore } from './OrganisationRestore.tsx'
import './organisation.css'
import '../operator/operator.css'

/** The organisation's identity and card. */
function OrganisationCard({ organisation }: { organisation: OrganisationSelf }) {
  const pub = organisationPublic(organisation)
  const card = encodeCard({
    kind: 'organisation',
    name: pub.name,
    did: pub.did,
    ...(pub.didWeb ? { didWeb: pub.didWeb } : {}),
  })
  return (
    <>
      <KeySummary
        id="org-identity-title"
        icon="organisation"
        title={t('org.identityTitle')}
        fingerprint={pub.fingerprint}
        organisation
      >
        <p class="big">
          <strong data-organisation-name>{pub.name}</strong>
        </p>
        {pub.didWeb ? <p class="muted">{t('org.didWeb', { did: pub.didWeb })}</p> : null}
      </KeySummary>
      <CardSection icon="scan" id="org-card-title" title={t('org.cardTitle')}>
        <p class="hint">{t('org.cardIntro')}</p>
        <CopyText id="org-card" label={t('org.cardText')} text={card} />
      </CardSection>
    </>
  )
}

/** Opening a validation request as the organisation. */
const ValidateDirectly = () => (
  <RequestLinkForm id="org-request-link" class="card" labelledBy="org-validate-title">
    <SectionTitle icon="validated" id="org-validate-title">
      {t('org.validateTitle')}
    </SectionTitle>
    <p class="hint">{t('org.validateIntro')}</p>
  </RequestLinkForm>
)

/** The organisation screen. */
export default function OrganisationScreen(_props: { id?: string }) {
  void loadOrganisation()
  const s = useStore(organisationStore)
  const [given, setGiven] = useState<GivenEndorsement[] | null>(null)
  const organisation = s.state === 'ready' ? s.organisation : undefined
  const reload = async (o: OrganisationSelf) => setGiven(await givenEndorsements(organisationPublic(o).did))
  useEffect(() => {
    if (!organisation) return
    // Its pending status list (a withdrawal made offline) is published by the status runtime.
    addStatusKey(organisationPublic(organisation).did, organisation.keys)
    void reload(organisation)
  }, [organisation])
  return (
    <>
      <PageHeader icon="organisation" title={t('nav.organisation')} intro={t('org.intro')} />
      {s.state === 'damaged' ? <DamagedKey kind="org" onForget={() => void forgetOrganisation()} /> : null}
      {s.state === 'none' ? <OrganisationCreate /> : null}
      {organisation ? (
        <>
          <OrganisationCard organisation={organisation} />
          <EndorseTrainer organisation={organisation} onGiven={() => void reload(organisation)} />
          <GivenList organisation={organisation} given={given} onChange={() => void reload(organisation)} />
          <ValidateDirectly />
          <OrganisationBackup organisation={organisation} />
          <OrganisationLostKey organisation={organisation} onDone={() => void reload(organisation)} />
        </>
      ) : null}
      {s.state !== 'loading' ? <OrganisationRestore current={organisation} /> : null}
      <PinPrompt />
    </>
  )
}
