// /valider#… — the target of a holder's validation request link. Without a trainer identity the
// trainer makes one first, on this screen, and the request opens right after. The request is read
// from the relay once and kept on the device (the form then works offline), then the form signs.
import { useIdentity } from '../../hooks/features.ts'
import './trainer.css'
import { useEffect, useState } from 'preact/hooks'
import {
  loadOrganisation,
  type OpenedRequest,
  openRequest,
  organisationStore,
  type RequestCode,
  type TrainerIdentity,
  trainerKeyInfo,
} from '../../../features/trainer/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { LinkButton } from '../../components/LinkButton.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { ChoiceFieldset, checkBoxes } from '../../crud/choices.tsx'
import { useLocation } from '../../router.ts'
import { useStore } from '../../store.ts'
import { IdentityForm } from './IdentityForm.tsx'
import { OutboxPanel } from './OutboxPanel.tsx'
import { PinPrompt } from './PinPrompt.tsx'
import { requestError } from './request-errors.ts'
import { ValidationForm } from './ValidationForm.tsx'

type Phase =
  | { step: 'opening'; attempt?: number }
  | { step: 'error'; code: RequestCode }
  | { step: 'ready'; request: OpenedRequest }

/** The validation request screen. */
export default function ValidateScreen(_props: { id?: string }) {
  useLocation()
  const fragment = location.hash.slice(1)
  const s = useIdentity()
  void loadOrganisation()
  const org = useStore(organisationStore)
  const [asOrg, setAsOrg] = useState(false)
  const [phase, setPhase] = useState<Phase>({ step: 'opening' })
  const [attempt, setAttempt] = useState(0)
  const ready = s.state === 'ready'
  useEffect(() => {
    if (!ready) return
    let live = true
    setPhase({ step: 'opening', attempt })
    openRequest(fragment).then(
      (r) => live && setPhase(r.ok ? { step: 'ready', request: r.value } : { step: 'error', code: r.code }),
      () => live && setPhase({ step: 'error', code: 'share-unreachable' }),
    )
    return () => {
      live = false
    }
  }, [fragment, ready, attempt])

  return (
    <>
      <PageHeader icon="validated" title={t('nav.validate')} intro={t('trainer.validateIntro')} />
      {s.state === 'none' || s.state === 'damaged' ? (
        <>
          <p class="card" role="status">
            {t('trainer.needIdentity')}
          </p>
          {s.state === 'damaged' ? (
            <p class="field-error">
              {t('trainer.damaged')} <a href="/formateur">{t('trainer.backHome')}</a>
            </p>
          ) : (
            <IdentityForm />
          )}
        </>
      ) : null}
      {s.state === 'ready' && org.state === 'ready' ? (
        <ChoiceFieldset legend={t('sign.as')} class="card field" layout="bare">
          {checkBoxes({
            type: 'radio',
            name: 'sign-as',
            items: [
              { value: 'me', label: t('sign.asMe', { name: s.identity.name }) },
              { value: 'organisation', label: t('sign.asOrganisation', { name: org.organisation.name }) },
            ],
            picked: [asOrg ? 'organisation' : 'me'],
            onPick: ([who]) => setAsOrg(who === 'organisation'),
          })}
        </ChoiceFieldset>
      ) : null}
      {s.state === 'ready' ? (
        <>
          <p class="card">
            {t('trainer.signingAs', {
              name: s.identity.name,
              organisation: s.identity.organisation,
            })}{' '}
            <span class="fingerprint-inline">{trainerKeyInfo(s.identity).fingerprint}</span>
          </p>
          {phase.step === 'opening' ? <p role="status">{t('trainer.opening')}</p> : null}
          {phase.step === 'error' ? (
            <div class="card">
              <p class="field-error" role="alert">
                {requestError(phase.code)}
              </p>
              <button type="button" class="btn" onClick={() => setAttempt(attempt + 1)}>
                {t('trainer.retry')}
              </button>{' '}
              <LinkButton href="/formateur">{t('trainer.backHome')}</LinkButton>
            </div>
          ) : null}
          {phase.step === 'ready' ? (
            <>
              <p class="muted">
                {t('trainer.requestFor', {
                  recipient: phase.request.stored.recipient,
                  date: formatDate(phase.request.stored.expiresAt),
                })}
              </p>
              <ValidationForm
                key={`${phase.request.id}-${asOrg ? 'o' : 't'}`}
                identity={
                  asOrg && org.state === 'ready'
                    ? ({
                        name: org.organisation.name,
                        organisation: org.organisation.name,
                        keys: org.organisation.keys,
                        createdAt: org.organisation.createdAt,
                      } satisfies TrainerIdentity)
                    : s.identity
                }
                request={phase.request}
                as={asOrg ? 'organisation' : 'trainer'}
              />
              <OutboxPanel />
            </>
          ) : null}
        </>
      ) : null}
      <PinPrompt />
    </>
  )
}
