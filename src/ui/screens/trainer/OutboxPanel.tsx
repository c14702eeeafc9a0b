// What the outbox holds and does: "3 résultats en attente d'envoi — ils partiront dès que la
// connexion revient", sending, next attempt, results an inbox refused for good.

import { dropRefused, kickOutbox } from '../../../features/trainer/index.ts'
import { formatTime, plural, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { useOutbox } from '../../hooks/features.ts'

/** The outbox section of the trainer screens. */
export function OutboxPanel() {
  const o = useOutbox()
  const waiting = o.entries.filter((e) => !e.refused).length
  const refused = o.entries.length - waiting
  return (
    <section class="card" aria-labelledby="trainer-outbox-title">
      <SectionTitle icon="share" id="trainer-outbox-title">
        {t('trainer.outboxTitle')}
      </SectionTitle>
      <div role="status" class="outbox-status">
        {o.loaded ? (
          <p class="outbox-state" data-pending={waiting}>
            {waiting > 0 ? plural('trainer.outboxPending', waiting) : t('trainer.outboxEmpty')}
          </p>
        ) : null}
        {waiting > 0 && o.phase === 'sending' ? <p>{t('trainer.outboxSending')}</p> : null}
        {waiting > 0 && o.phase === 'offline' ? <p>{t('trainer.outboxOffline')}</p> : null}
        {waiting > 0 && o.phase === 'waiting' && o.nextAttempt ? (
          <p>{t('trainer.outboxRetry', { time: formatTime(new Date(o.nextAttempt)) })}</p>
        ) : null}
        {o.sent > 0 ? <p class="ok">{plural('trainer.outboxSent', o.sent)}</p> : null}
      </div>
      {o.damaged ? <p class="field-error">{t('trainer.outboxDamaged')}</p> : null}
      {waiting > 0 && o.phase !== 'sending' ? (
        <button type="button" class="btn" onClick={() => kickOutbox()}>
          {t('trainer.retryNow')}
        </button>
      ) : null}
      {refused > 0 ? (
        <div>
          <p class="field-error">{plural('trainer.outboxRefused', refused)}</p>
          <ul>
            {o.entries
              .filter((e) => e.refused)
              .map((e) => (
                <li key={e.messageId}>{e.competenceLabel}</li>
              ))}
          </ul>
          <button type="button" class="btn" onClick={() => void dropRefused()}>
            {t('trainer.dropRefused')}
          </button>
        </div>
      ) : null}
    </section>
  )
}
