// One step of the plan: state, date, who proposed it, the holder's answer, who does what.
import type * as Y from 'yjs'
import { nowIso, type Step } from '../../../domain/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { deleteWithUndo, saveItem } from '../../crud/save.ts'

/** A step with its actions. */
export function StepCard({
  step,
  doc,
  readOnly,
  onEdit,
}: {
  step: Step
  doc: Y.Doc
  readOnly: boolean
  onEdit: () => void
}) {
  const answer = (consent: 'accepted' | 'refused') =>
    saveItem(doc, 'steps', { ...step, consent, consentAt: nowIso(), updatedAt: nowIso() })
  const named = (a: Step['proposedBy']) => [a.name, a.organisation].filter(Boolean).join(', ')
  const who = `${t(`role.${step.proposedBy.role}`)}${named(step.proposedBy) ? ` (${named(step.proposedBy)})` : ''}`
  // A step someone else proposed: when the holder gave (or refused) consent.
  const consentOn =
    step.proposedBy.role !== 'holder' && step.consentAt && step.consent !== 'proposed'
      ? ` ${t('proposals.consentOn', { date: formatDate(step.consentAt) })}`
      : ''
  return (
    <li class="subcard">
      <h4>{step.title}</h4>
      <p>
        <span class={`badge badge-${step.status}`}>{t(`sstep.${step.status}`)}</span>{' '}
        {step.dueDate ? t('home.due', { date: formatDate(step.dueDate) }) : t('home.noDue')}
      </p>
      {step.description ? <p>{step.description}</p> : null}
      <p class="small">
        {t('plan.proposedBy')} : {who} · {t(`consent.${step.consent}`)}
        {consentOn}
      </p>
      {step.commitments.length > 0 ? (
        <ul class="plain small">
          {step.commitments.map((c, i) => (
            <li key={i}>
              {t(`role.${c.actor.role}`)}
              {c.actor.role !== 'holder' && named(c.actor) ? ` (${named(c.actor)})` : ''} : {c.text} —{' '}
              {c.done ? t('sstep.done') : t('sstep.todo')}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <div class="row">
          {step.consent === 'proposed' ? (
            <>
              <button
                type="button"
                class="btn btn-small btn-primary"
                aria-label={`${t('plan.accept')} : ${step.title}`}
                onClick={() => answer('accepted')}
              >
                {t('plan.accept')}
              </button>
              <button
                type="button"
                class="btn btn-small"
                aria-label={`${t('plan.refuse')} : ${step.title}`}
                onClick={() => answer('refused')}
              >
                {t('plan.refuse')}
              </button>
            </>
          ) : null}
          <button
            type="button"
            class="btn btn-small"
            aria-label={`${t('common.edit')} : ${step.title}`}
            onClick={onEdit}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            class="btn btn-small btn-danger"
            aria-label={`${t('common.delete')} : ${step.title}`}
            onClick={() => deleteWithUndo(doc, 'steps', step.id)}
          >
            {t('common.delete')}
          </button>
        </div>
      )}
    </li>
  )
}
