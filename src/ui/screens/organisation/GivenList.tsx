// The endorsements this organisation gave, each with its state (in force, expired, withdrawn) and a
// button to withdraw it, asked twice; a withdrawal made offline says it will be published later.
import { useState } from 'preact/hooks'
import type { GivenEndorsement, OrganisationSelf } from '../../../features/trainer/index.ts'
import { withdrawEndorsement } from '../../../features/trainer/signing/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { SectionTitle } from '../../components/PageHeader.tsx'

type Note = { error: boolean; text: string }

/** The list of endorsements given; `onChange` reloads it. */
export function GivenList({
  organisation,
  given,
  onChange,
}: {
  organisation: OrganisationSelf
  given: GivenEndorsement[] | null
  onChange: () => void
}) {
  const [asking, setAsking] = useState<string>()
  const [note, setNote] = useState<Note>()
  const now = Date.now()
  const withdraw = async (g: GivenEndorsement) => {
    setAsking(undefined)
    const r = await withdrawEndorsement(organisation, g.id).catch(() => null)
    // null: the key kept under a PIN stayed locked (prompt closed), nothing was signed.
    if (!r) return setNote({ error: true, text: t('pin.locked') })
    const done = t('org.withdrawn', { name: g.trainer.name })
    if (r.ok) setNote({ error: false, text: `${done} ${t('publish.done')}` })
    else if (r.code === 'publish-offline') setNote({ error: false, text: `${done} ${t('publish.pending')}` })
    else
      setNote({ error: true, text: t(r.code === 'publish-refused' ? 'publish.refused' : 'org.error.failed') })
    onChange()
  }
  return (
    <section class="card" aria-labelledby="org-given-title">
      <SectionTitle icon="trainer" id="org-given-title">
        {t('org.givenTitle')}
      </SectionTitle>
      {given === null ? <p>{t('app.loading')}</p> : null}
      {given?.length === 0 ? <p>{t('org.givenNone')}</p> : null}
      {given && given.length > 0 ? (
        <ul class="org-list">
          {given.map((g) => {
            const expired = Date.parse(g.validUntil) < now
            return (
              <li key={g.id} data-endorsement={g.trainer.name}>
                <p>
                  <strong>{g.trainer.name}</strong> —{' '}
                  <span class="org-fingerprint">{g.trainer.fingerprint}</span>
                </p>
                <p class="muted">
                  {g.withdrawnAt ? (
                    <>
                      <Icon name="stop" /> {t('org.givenWithdrawn', { date: formatDate(g.withdrawnAt) })}
                    </>
                  ) : expired ? (
                    t('org.givenExpired', { date: formatDate(g.validUntil) })
                  ) : (
                    t('org.givenUntil', { date: formatDate(g.validUntil) })
                  )}
                </p>
                {!g.withdrawnAt && !expired && g.statusList && asking !== g.id ? (
                  <button
                    type="button"
                    class="btn"
                    aria-label={t('org.withdrawLabel', { name: g.trainer.name })}
                    onClick={() => setAsking(g.id)}
                  >
                    <Icon name="stop" /> {t('org.withdraw')}
                  </button>
                ) : null}
                {asking === g.id ? (
                  <div class="org-confirm">
                    <p id={`org-ask-${g.id}`}>{t('org.withdrawConfirm', { name: g.trainer.name })}</p>
                    <div class="org-actions">
                      <button type="button" class="btn btn-danger" onClick={() => void withdraw(g)}>
                        <Icon name="stop" /> {t('org.withdrawYes')}
                      </button>
                      <button type="button" class="btn" onClick={() => setAsking(undefined)}>
                        {t('org.cancel')}
                      </button>
                    </div>
                  </div>
                ) : null}
              </li>
            )
          })}
        </ul>
      ) : null}
      {note ? (
        <p class={note.error ? 'field-error' : 'ok'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      ) : null}
    </section>
  )
}
