// A progress bar with its figures written out (never colour alone).
import type { PlanProgress } from '../../domain/index.ts'
import { plural, t } from '../../i18n/index.ts'

/** Progress `done` of `total`, with a visible text. */
export function ProgressBar({
  done,
  total,
  label,
  text,
}: {
  done: number
  total: number
  label: string
  text: string
}) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0
  return (
    <div class="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={text}
        class="progress-track"
      >
        <div class="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <p class="progress-text">
        {text} ({pct} %)
      </p>
    </div>
  )
}

/** The plan's progress (parts of steps done) with its steps counted in words (`text` says where it shows). */
export function PlanProgressBar({
  progress,
  text,
}: {
  progress: Pick<PlanProgress, 'partsDone' | 'partsTotal' | 'stepsDone' | 'stepsTotal'>
  text: 'home.stepsDone' | 'plan.progressText'
}) {
  return (
    <ProgressBar
      done={progress.partsDone}
      total={progress.partsTotal}
      label={t('plan.progress')}
      text={plural(text, progress.stepsDone, { done: progress.stepsDone, total: progress.stepsTotal })}
    />
  )
}
