// The endorsements this organisation gave, each with its state (in force, expired, withdrawn) and a
// button to withdraw it, asked twice; a withdrawal made offline says it will be published later.
import { useState } from 'preact/hooks'
import type { GivenEndorsement, OrganisationSelf } from '../../../features/trainer/index.ts'
import { withdrawEndorsement } from '../../../features/trainer/signing/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import type { FormNoteValue } from '../../crud/FormNote.tsx'
import { AskTwice } from './AskTwice.tsx'
import { SignedList } from './SignedList.tsx'
import { withdrawalNote } from './withdrawal-note.ts'

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
  const [note, setNote] = useState<FormNoteValue>()
  const now = Date.now()
  const withdraw = async (g: GivenEndorsement) => {
    setAsking(undefined)
    setNote(
      await withdrawalNote(
        () => withdrawEndorsement(organisation, g.id),
        t('org.withdrawn', { name: g.trainer.name }),
        { 'publish-refused': 'publish.refused' },
        'org.error.failed',
      ),
    )
    onChange()
  }
  const row = (g: GivenEndorsement) => {
    const expired = Date.parse(g.validUntil) < now
    return (
      <li key={g.id} data-endorsement={g.trainer.name}>
        <p>
          <strong>{g.trainer.name}</strong> — <span class="org-fingerprint">{g.trainer.fingerprint}</span>
        </p>
        <p class="muted">
          {g.withdrawnAt ? (
            <>
              <Icon name="stop" /> {t('org.givenWithdrawn', { date: formatDate(g.withdrawnAt) })}
            </>
          ) : (
            t(expired ? 'org.givenExpired' : 'org.givenUntil', { date: formatDate(g.validUntil) })
          )}
        </p>
        {(!g.withdrawnAt && !expired && g.statusList) || asking === g.id ? (
          <AskTwice
            asking={asking === g.id}
            onAsking={(on) => setAsking(on ? g.id : undefined)}
            button={t('org.withdraw')}
            label={t('org.withdrawLabel', { name: g.trainer.name })}
            question={t('org.withdrawConfirm', { name: g.trainer.name })}
            questionId={`org-ask-${g.id}`}
            yes={t('org.withdrawYes')}
            onYes={() => void withdraw(g)}
          />
        ) : null}
      </li>
    )
  }
  return (
    <CardSection icon="trainer" id="org-given-title" title={t('org.givenTitle')}>
      <SignedList items={given} loading none={t('org.givenNone')} row={row} note={note} />
    </CardSection>
  )
}
