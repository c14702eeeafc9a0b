// Job applications (issue 13, point 3; optional): the person notes where they applied, the answer
// and the next step, attaches proofs kept on the device, and prints the dated list for an adviser.
// Never shared unless picked, like the journal (the share screen's job).
import { useState } from 'preact/hooks'
import type { JobApplication } from '../../../domain/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { useSection } from '../../hooks/use-section.ts'
import { useSession } from '../../session.ts'
import { ApplicationForm } from './ApplicationForm.tsx'
import { Proofs } from './Proofs.tsx'
import './applications.css'

const byDateDesc = (a: JobApplication, b: JobApplication): number =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

/** The job applications screen. */
export default function ApplicationsScreen() {
  const { doc, id: bookletId, readOnly } = useSession()
  const { items } = useSection(doc, 'applications', byDateDesc)
  const [editing, setEditing] = useState<string | 'new' | undefined>(undefined)
  const current = editing && editing !== 'new' ? items.find((a) => a.id === editing) : undefined
  return (
    <div>
      <div class="no-print">
        <PageHeader icon="applications" title={t('apps.title')} intro={t('apps.intro')} />
        {editing ? (
          <ApplicationForm
            key={editing}
            doc={doc}
            {...(current ? { application: current } : {})}
            done={() => setEditing(undefined)}
          />
        ) : readOnly ? null : (
          <button type="button" class="btn btn-primary btn-wide" onClick={() => setEditing('new')}>
            <Icon name="applications" /> {t('apps.add')}
          </button>
        )}
        {items.length > 0 ? (
          <button type="button" class="btn btn-wide" onClick={() => window.print()}>
            <Icon name="print" /> {t('apps.print')}
          </button>
        ) : (
          <p class="muted">{t('apps.empty')}</p>
        )}
      </div>
      <h2 class="print-only">
        {t('apps.title')} — {t('apps.printedOn', { date: formatDate(new Date().toISOString()) })}
      </h2>
      <ul class="plain">
        {items.map((a) => (
          <li key={a.id} class="card app-item">
            <h3>
              {a.job} — {a.employer}
            </h3>
            <p>
              {formatDate(a.date)} · {t(`apps.channel.${a.channel}`)} · {t('apps.answer')} :{' '}
              <strong>{t(`apps.answer.${a.answer}`)}</strong>
            </p>
            {a.nextStep || a.nextStepDate ? (
              <p>
                {t('apps.nextStepShort')} : {a.nextStep ?? ''}{' '}
                {a.nextStepDate ? `(${formatDate(a.nextStepDate)})` : ''}
              </p>
            ) : null}
            <div class="no-print">
              <Proofs
                doc={doc}
                bookletId={bookletId}
                applicationId={a.id}
                proofIds={a.proofIds}
                readOnly={readOnly}
              />
              {readOnly ? null : (
                <button type="button" class="btn" onClick={() => setEditing(a.id)}>
                  {t('apps.edit', { job: a.job })}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
