// The single action plan: objectives → steps, each with commitments per actor and the
// holder's consent; progress counted in steps (DOMAIN.md principles 4 and 5).
import { useState } from 'preact/hooks'
import { newId, nowIso, type Objective, planProgress, type Step } from '../../../domain/index.ts'
import { plural, t } from '../../../i18n/index.ts'
import { ShowMore } from '../../components/ItemButton.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { PlanProgressBar } from '../../components/ProgressBar.tsx'
import { showToast } from '../../components/Toast.tsx'
import type { FieldDef, Values } from '../../crud/field-types.ts'
import { buildItem } from '../../crud/form-values.ts'
import { ItemForm } from '../../crud/ItemForm.tsx'
import { type SaveResult, saveItem } from '../../crud/save.ts'
import { byCreatedDesc, useSection } from '../../hooks/use-section.ts'
import { useSession } from '../../session.ts'
import { ObjectiveCard, type PlanEditing } from './ObjectiveCard.tsx'
import type { StepDraft } from './StepForm.tsx'
import { stepFrom } from './step-values.ts'

const PAGE = 20
const byCreatedAsc = (a: Objective, b: Objective): number => -byCreatedDesc(a, b)
const byDue = (a: Step, b: Step): number =>
  (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt)

/** The plan screen. */
export default function PlanScreen() {
  const { doc, readOnly } = useSession()
  const objectives = useSection(doc, 'objectives', byCreatedAsc).items
  const steps = useSection(doc, 'steps', byDue).items
  const projects = useSection(doc, 'projects', byCreatedDesc).items
  const [editing, setEditing] = useState<PlanEditing>({ kind: 'none' })
  const [shown, setShown] = useState(PAGE)
  const progress = planProgress(objectives, steps)
  const byObjective = new Map<string, Step[]>()
  for (const s of steps) byObjective.set(s.objectiveId, [...(byObjective.get(s.objectiveId) ?? []), s])

  const fields: FieldDef[] = [
    { kind: 'text', name: 'title', label: 'plan.objectiveTitle', required: true },
    { kind: 'textarea', name: 'description', label: 'plan.objectiveDescription' },
    {
      kind: 'select',
      name: 'projectId',
      label: 'plan.objectiveProject',
      none: 'plan.noProject',
      options: projects.map((p) => ({ value: p.id, label: 'plan.noProject', text: p.targetJob })),
    },
    { kind: 'date', name: 'targetDate', label: 'plan.targetDate' },
  ]
  const done = (r: SaveResult): SaveResult => {
    if (r.ok) {
      setEditing({ kind: 'none' })
      showToast(t('common.saved'), undefined, 3000)
    }
    return r
  }
  const saveObjective = (values: Values, existing?: Objective) => {
    const now = nowIso()
    const base: Values = existing
      ? { ...existing, updatedAt: now }
      : { id: newId(), createdAt: now, updatedAt: now }
    return done(saveItem(doc, 'objectives', buildItem(fields, values, base)))
  }
  const saveStep = (objectiveId: string, d: StepDraft, existing?: Step) =>
    done(saveItem(doc, 'steps', stepFrom(objectiveId, d, existing)))
  const close = () => setEditing({ kind: 'none' })

  return (
    <div>
      <PageHeader icon="plan" title={t('plan.title')} intro={t('plan.intro')} />
      <PlanProgressBar progress={progress} text="plan.progressText" />
      {editing.kind === 'objective' && editing.id === undefined ? (
        <ItemForm
          title="plan.objectiveNew"
          fields={fields}
          initial={{ title: '' }}
          doc={doc}
          idPrefix="objective"
          onSave={(v) => saveObjective(v)}
          onCancel={close}
        />
      ) : readOnly ? null : (
        <button
          type="button"
          class="btn btn-primary btn-wide"
          onClick={() => setEditing({ kind: 'objective' })}
        >
          + {t('plan.addObjective')}
        </button>
      )}
      <section aria-labelledby="objectives-title">
        <h2 id="objectives-title">{plural('common.count', objectives.length)}</h2>
        {objectives.length === 0 ? <p class="muted">{t('plan.empty')}</p> : null}
        <ul class="cards">
          {objectives.slice(0, shown).map((o) =>
            editing.kind === 'objective' && editing.id === o.id ? (
              <li key={o.id}>
                <ItemForm
                  title="plan.objectiveEdit"
                  fields={fields}
                  initial={{ ...o }}
                  doc={doc}
                  idPrefix="objective"
                  onSave={(v) => saveObjective(v, o)}
                  onCancel={close}
                />
              </li>
            ) : (
              <ObjectiveCard
                key={o.id}
                objective={o}
                steps={byObjective.get(o.id) ?? []}
                doc={doc}
                readOnly={readOnly}
                editing={editing}
                setEditing={setEditing}
                saveStep={saveStep}
              />
            ),
          )}
        </ul>
        <ShowMore shown={shown} total={objectives.length} onMore={() => setShown(shown + PAGE)} />
      </section>
    </div>
  )
}
