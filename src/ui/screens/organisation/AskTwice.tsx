// An action that cannot be undone (withdraw an endorsement, a result, everything a key signed), asked
// twice: its button first, then the question with "yes" (danger) and "cancel". The caller holds whether
// it is asking, so that a list asks for one row at a time.
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import './organisation.css'

/** The button, or the question once it was pressed; `children` stand between the question and the
 * answers (why the result is withdrawn). */
export function AskTwice({
  asking,
  onAsking,
  button,
  label,
  danger,
  question,
  questionId,
  yes,
  onYes,
  children,
}: {
  asking: boolean
  onAsking: (asking: boolean) => void
  /** The first button's words (after the stop pictogram). */
  button: string
  /** Its accessible name, where the words alone do not say which item. */
  label?: string
  /** The first button is red too (withdraw everything). */
  danger?: boolean
  question: string
  questionId?: string | undefined
  yes: string
  onYes: () => void
  children?: ComponentChildren
}) {
  if (!asking)
    return (
      <button
        type="button"
        class={danger ? 'btn btn-danger' : 'btn'}
        aria-label={label}
        onClick={() => onAsking(true)}
      >
        <Icon name="stop" /> {button}
      </button>
    )
  return (
    <div class="org-confirm">
      <p id={questionId}>{question}</p>
      {children}
      <div class="org-actions">
        <button type="button" class="btn btn-danger" onClick={onYes}>
          <Icon name="stop" /> {yes}
        </button>
        <button type="button" class="btn" onClick={() => onAsking(false)}>
          {t('org.cancel')}
        </button>
      </div>
    </div>
  )
}

/** "Withdraw everything this key signed", asked twice, in red: words `<words>.button`, `.confirm`
 * and `.yes` (the organisation's lost key, the trainer's). */
export function WithdrawAll({
  words,
  questionId,
  onYes,
}: {
  words: 'orgLost' | 'historyLost'
  questionId?: string
  onYes: () => void
}) {
  const [asking, setAsking] = useState(false)
  return (
    <AskTwice
      asking={asking}
      onAsking={setAsking}
      danger
      button={t(`${words}.button`)}
      question={t(`${words}.confirm`)}
      questionId={questionId}
      yes={t(`${words}.yes`)}
      onYes={() => {
        setAsking(false)
        onYes()
      }}
    />
  )
}
