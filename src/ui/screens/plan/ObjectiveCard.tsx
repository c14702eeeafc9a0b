// One objective with its steps, their progress, and the step being added or edited.
import type * as Y from 'yjs'
import { type Objective, objectiveState, type Step, stepsProgress } from '../../../domain/index.ts'
import { formatDate, labelled, plural, t } from '../../../i18n/index.ts'
import { ItemButton } from '../../components/ItemButton.tsx'
import { ProgressBar } from '../../components/ProgressBar.tsx'
import type { SaveResult } from '../../crud/save.ts'
import { deleteObjectiveWithUndo } from '../../crud/save.ts'
import { StepCard } from './StepCard.tsx'
import { type StepDraft, StepForm, toDraft } from './StepForm.tsx'

/** What is being edited inside the plan screen. */
export type PlanEditing =
  | { kind: 'none' }
  | { kind: 'objective'; id?: string }
  | { kind: 'step'; objectiveId: string; id?: string }

type Props = {
  objective: Objective
  steps: readonly Step[]
  doc: Y.Doc
  readOnly: boolean
  editing: PlanEditing
  setEditing: (e: PlanEditing) => void
  saveStep: (objectiveId: string, draft: StepDraft, existing?: Step) => SaveResult
}

/** An objective card. */
export function ObjectiveCard({ objective, steps, doc, readOnly, editing, setEditing, saveStep }: Props) {
  const progress = stepsProgress(steps)
  const state = objectiveState(steps)
  const stepEditing = editing.kind === 'step' && editing.objectiveId === objective.id ? editing : undefined
  const close = () => setEditing({ kind: 'none' })
  return (
    <li class="card">
      <h3>{objective.title}</h3>
      <p>
        <span class={`badge badge-${state}`}>
          {t(
            state === 'done'
              ? 'plan.objectiveDone'
              : state === 'todo'
                ? 'plan.objectiveTodo'
                : 'plan.objectiveDoing',
          )}
        </span>{' '}
        {objective.targetDate ? t('home.due', { date: formatDate(objective.targetDate) }) : null}
      </p>
      {objective.description ? <p>{objective.description}</p> : null}
      {progress.stepsTotal > 0 ? (
        <ProgressBar
          done={progress.partsDone}
          total={progress.partsTotal}
          label={labelled(t('plan.progress'), objective.title)}
          text={plural('plan.progressText', progress.stepsDone, {
            done: progress.stepsDone,
            total: progress.stepsTotal,
          })}
        />
      ) : null}
      <p class="small">{plural('plan.steps', steps.length)}</p>
      <ul class="plain">
        {steps.map((s) =>
          stepEditing?.id === s.id ? (
            <li key={s.id}>
              <StepForm
                title="plan.stepEdit"
                initial={toDraft(s)}
                onSave={(d) => saveStep(objective.id, d, s)}
                onCancel={close}
              />
            </li>
          ) : (
            <StepCard
              key={s.id}
              step={s}
              doc={doc}
              readOnly={readOnly}
              onEdit={() => setEditing({ kind: 'step', objectiveId: objective.id, id: s.id })}
            />
          ),
        )}
      </ul>
      {stepEditing && stepEditing.id === undefined ? (
        <StepForm
          title="plan.stepNew"
          initial={toDraft()}
          onSave={(d) => saveStep(objective.id, d)}
          onCancel={close}
        />
      ) : null}
      {readOnly ? null : (
        <div class="row">
          <ItemButton
            action="plan.addStep"
            item={objective.title}
            tone="primary"
            onClick={() => setEditing({ kind: 'step', objectiveId: objective.id })}
          >
            + {t('plan.addStep')}
          </ItemButton>
          <ItemButton
            action="common.edit"
            item={objective.title}
            onClick={() => setEditing({ kind: 'objective', id: objective.id })}
          />
          <ItemButton
            action="common.delete"
            item={objective.title}
            tone="danger"
            onClick={() => deleteObjectiveWithUndo(doc, objective.id)}
          />
        </div>
      )}
    </li>
  )
}
