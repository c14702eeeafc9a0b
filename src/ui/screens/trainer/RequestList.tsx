// The validation requests kept on this device, and a field to open a link pasted by hand.
import { useEffect, useState } from 'preact/hooks'
import { listRequests, type RequestSummary } from '../../../features/trainer/index.ts'
import { formatDate, plural, t } from '../../../i18n/index.ts'
import { LinkButton } from '../../components/LinkButton.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { RequestLinkForm } from './RequestLinkForm.tsx'

/** The trainer's requests. */
export function RequestList() {
  const [requests, setRequests] = useState<RequestSummary[]>()
  useEffect(() => {
    let live = true
    listRequests().then(
      (r) => live && setRequests(r),
      () => live && setRequests([]),
    )
    return () => {
      live = false
    }
  }, [])
  return (
    <CardSection icon="validated" id="trainer-requests-title" title={t('trainer.requestsTitle')}>
      {requests && requests.length === 0 ? <p>{t('trainer.requestsNone')}</p> : null}
      {requests && requests.length > 0 ? (
        <ul class="request-list">
          {requests.map((r) => (
            <li key={r.id}>
              <LinkButton wide href={`/valider#${r.fragment}`}>
                {t('trainer.requestItem', { date: formatDate(r.openedAt) })} —{' '}
                {plural('trainer.requestCount', r.competences)}
                {r.signed > 0 ? `, ${plural('trainer.requestSigned', r.signed)}` : ''}
              </LinkButton>
            </li>
          ))}
        </ul>
      ) : null}
      <RequestLinkForm id="trainer-paste-link" withHint />
    </CardSection>
  )
}
