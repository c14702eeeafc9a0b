// "The organisation's key is lost or stolen": withdraws everything it signed (endorsements and
// validations on its status list), asked twice; works on a device where the organisation was restored
// from its backup, since the file carries the list.
import { useState } from 'preact/hooks'
import type { OrganisationSelf } from '../../../features/trainer/index.ts'
import { withdrawEverythingOfOrganisation } from '../../../features/trainer/signing/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { SectionTitle } from '../../components/PageHeader.tsx'

/** The lost-key section of the organisation screen; `onDone` reloads the lists. */
export function OrganisationLostKey({
  organisation,
  onDone,
}: {
  organisation: OrganisationSelf
  onDone: () => void
}) {
  const [asking, setAsking] = useState(false)
  const [note, setNote] = useState<{ error: boolean; text: string }>()
  const run = async () => {
    setAsking(false)
    setNote(undefined)
    try {
      const r = await withdrawEverythingOfOrganisation(organisation)
      if (r.ok)
        setNote({
          error: false,
          text: `${t('orgLost.done')} ${t(r.value === 'published' ? 'publish.done' : 'publish.pending')}`,
        })
      else
        setNote({
          error: true,
          text: t(r.code === 'status-list-missing' ? 'history.lostMissing' : 'publish.refused'),
        })
    } catch {
      setNote({ error: true, text: t('pin.locked') })
    }
    onDone()
  }
  return (
    <section class="card" aria-labelledby="org-lost-title">
      <SectionTitle icon="error" id="org-lost-title">
        {t('orgLost.title')}
      </SectionTitle>
      <p class="hint">{t('orgLost.intro')}</p>
      {asking ? (
        <div class="org-confirm">
          <p>{t('orgLost.confirm')}</p>
          <div class="org-actions">
            <button type="button" class="btn btn-danger" onClick={() => void run()}>
              <Icon name="stop" /> {t('orgLost.yes')}
            </button>
            <button type="button" class="btn" onClick={() => setAsking(false)}>
              {t('org.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="btn btn-danger" onClick={() => setAsking(true)}>
          <Icon name="stop" /> {t('orgLost.button')}
        </button>
      )}
      {note ? (
        <p class={note.error ? 'field-error' : 'ok'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      ) : null}
    </section>
  )
}
