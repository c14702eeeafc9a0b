// One step of the plan: state, date, who proposed it, the holder's answer, who does what.
import type * as Y from 'yjs'
import { nowIso, type Step } from '../../../domain/index.ts'
import { formatDate, labelled, openCommitments, stepOrigin, t } from '../../../i18n/index.ts'
import { ItemButton } from '../../components/ItemButton.tsx'
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
  const waiting = openCommitments(step, t)
  return (
    <li class="subcard">
      <h4>{step.title}</h4>
      <p>
        <span class={`badge badge-${step.status}`}>{t(`sstep.${step.status}`)}</span>{' '}
        {step.dueDate ? t('home.due', { date: formatDate(step.dueDate) }) : t('home.noDue')}
      </p>
      {step.description ? <p>{step.description}</p> : null}
      <p class="small">{stepOrigin(step, t, formatDate)}</p>
      {waiting ? <p class="notice small">{waiting}</p> : null}
      {step.commitments.length > 0 ? (
        <ul class="plain small">
          {step.commitments.map((c, i) => (
            <li key={i}>
              {labelled(
                `${t(`role.${c.actor.role}`)}${c.actor.role !== 'holder' && named(c.actor) ? ` (${named(c.actor)})` : ''}`,
                c.text,
              )}{' '}
              — {c.done ? t('sstep.done') : t('sstep.todo')}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <div class="row">
          {step.consent === 'proposed' ? (
            <>
              <ItemButton
                action="plan.accept"
                item={step.title}
                tone="primary"
                onClick={() => answer('accepted')}
              />
              <ItemButton action="plan.refuse" item={step.title} onClick={() => answer('refused')} />
            </>
          ) : null}
          <ItemButton action="common.edit" item={step.title} onClick={onEdit} />
          <ItemButton
            action="common.delete"
            item={step.title}
            tone="danger"
            onClick={() => deleteWithUndo(doc, 'steps', step.id)}
          />
        </div>
      )}
    </li>
  )
}
