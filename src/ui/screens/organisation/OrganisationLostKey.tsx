// "The organisation's key is lost or stolen": withdraws everything it signed (endorsements and
// validations on its status list), asked twice; works on a device where the organisation was restored
// from its backup, since the file carries the list.
import { useState } from 'preact/hooks'
import type { OrganisationSelf } from '../../../features/trainer/index.ts'
import { withdrawEverythingOfOrganisation } from '../../../features/trainer/signing/index.ts'
import { t } from '../../../i18n/index.ts'
import { CardSection } from '../../components/PageHeader.tsx'
import { FormNote, type FormNoteValue } from '../../crud/FormNote.tsx'
import { WithdrawAll } from './AskTwice.tsx'
import { withdrawalNote } from './withdrawal-note.ts'

/** The lost-key section of the organisation screen; `onDone` reloads the lists. */
export function OrganisationLostKey({
  organisation,
  onDone,
}: {
  organisation: OrganisationSelf
  onDone: () => void
}) {
  const [note, setNote] = useState<FormNoteValue>()
  const run = async () => {
    setNote(undefined)
    setNote(
      await withdrawalNote(
        () => withdrawEverythingOfOrganisation(organisation),
        t('orgLost.done'),
        { 'status-list-missing': 'history.lostMissing' },
        'publish.refused',
      ),
    )
    onDone()
  }
  return (
    <CardSection icon="error" id="org-lost-title" title={t('orgLost.title')}>
      <p class="hint">{t('orgLost.intro')}</p>
      <WithdrawAll words="orgLost" onYes={() => void run()} />
      <FormNote note={note} />
    </CardSection>
  )
}
