// The validation requests kept on this device, and a field to open a link pasted by hand (InputField).
import { useEffect, useState } from 'preact/hooks'
import { listRequests, type RequestSummary } from '../../../features/trainer/index.ts'
import { formatDate, plural, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { navigate } from '../../router.ts'

/** The trainer's requests. */
export function RequestList() {
  const [requests, setRequests] = useState<RequestSummary[]>()
  const [link, setLink] = useState('')
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
  const open = (e: Event) => {
    e.preventDefault()
    const text = link.trim()
    const hash = text.indexOf('#')
    if (hash < 0) return
    navigate(`/valider#${text.slice(hash + 1)}`)
  }
  return (
    <section class="card" aria-labelledby="trainer-requests-title">
      <SectionTitle icon="validated" id="trainer-requests-title">
        {t('trainer.requestsTitle')}
      </SectionTitle>
      {requests && requests.length === 0 ? <p>{t('trainer.requestsNone')}</p> : null}
      {requests && requests.length > 0 ? (
        <ul class="request-list">
          {requests.map((r) => (
            <li key={r.id}>
              <a class="btn btn-wide" href={`/valider#${r.fragment}`}>
                {t('trainer.requestItem', { date: formatDate(r.openedAt) })} —{' '}
                {plural('trainer.requestCount', r.competences)}
                {r.signed > 0 ? `, ${plural('trainer.requestSigned', r.signed)}` : ''}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={open}>
        <InputField
          id="trainer-paste-link"
          label="trainer.pasteLink"
          hint="trainer.pasteHint"
          inputMode="url"
          autocomplete="off"
          value={link}
          onValue={setLink}
        />
        <button type="submit" class="btn">
          {t('trainer.openLink')}
        </button>
      </form>
    </section>
  )
}
