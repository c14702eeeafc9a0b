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
import { PageHeader, SectionTitle } from '../../components/PageHeader.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { navigate } from '../../router.ts'
import { useStore } from '../../store.ts'
import { PinPrompt } from '../trainer/PinPrompt.tsx'
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
      <section class="card" aria-labelledby="org-identity-title">
        <SectionTitle icon="organisation" id="org-identity-title">
          {t('org.identityTitle')}
        </SectionTitle>
        <p class="big">
          <strong data-organisation-name>{pub.name}</strong>
        </p>
        {pub.didWeb ? <p class="muted">{t('org.didWeb', { did: pub.didWeb })}</p> : null}
        <p class="fingerprint-label">
          <strong>{t('org.fingerprint')}</strong>
        </p>
        <p class="fingerprint-groups" data-org-fingerprint={pub.fingerprint}>
          {pub.fingerprint.split('-').map((g, i) => (
            <span key={`${i}-${g}`} class="fingerprint-group">
              {g}
            </span>
          ))}
        </p>
      </section>
      <section class="card" aria-labelledby="org-card-title">
        <SectionTitle icon="scan" id="org-card-title">
          {t('org.cardTitle')}
        </SectionTitle>
        <p class="hint">{t('org.cardIntro')}</p>
        <CopyText id="org-card" label={t('org.cardText')} text={card} />
      </section>
    </>
  )
}

/** Opening a validation request as the organisation. */
function ValidateDirectly() {
  const [link, setLink] = useState('')
  const open = (e: Event) => {
    e.preventDefault()
    const text = link.trim()
    const hash = text.indexOf('#')
    if (hash >= 0) navigate(`/valider#${text.slice(hash + 1)}`)
  }
  return (
    <form class="card" aria-labelledby="org-validate-title" onSubmit={open}>
      <SectionTitle icon="validated" id="org-validate-title">
        {t('org.validateTitle')}
      </SectionTitle>
      <p class="hint">{t('org.validateIntro')}</p>
      <InputField
        id="org-request-link"
        label="trainer.pasteLink"
        inputMode="url"
        autocomplete="off"
        value={link}
        onValue={setLink}
      />
      <button type="submit" class="btn">
        {t('trainer.openLink')}
      </button>
    </form>
  )
}

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
      {s.state === 'damaged' ? (
        <div class="card">
          <p class="field-error" role="alert">
            {t('org.damaged')}
          </p>
          <button type="button" class="btn btn-danger" onClick={() => void forgetOrganisation()}>
            {t('org.forget')}
          </button>
        </div>
      ) : null}
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
