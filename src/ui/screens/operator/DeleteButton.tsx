// "Supprimer ce livret" with an inline confirmation (focus moves to the question, Escape-free:
// two plain buttons).
import { useEffect, useRef, useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'

/** Delete button that asks first. */
export function DeleteButton({ name, onDelete }: { name: string; onDelete: () => Promise<void> }) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const question = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (asking) question.current?.focus()
  }, [asking])
  if (!asking)
    return (
      <button type="button" class="btn btn-danger" onClick={() => setAsking(true)}>
        {t('operator.delete')}
      </button>
    )
  return (
    <div class="card op-confirm">
      <p id="op-confirm-q" ref={question} tabIndex={-1}>
        {t('operator.delete.confirm', { name })}
      </p>
      <div class="op-actions">
        <button
          type="button"
          class="btn btn-danger"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void onDelete().finally(() => setBusy(false))
          }}
        >
          {t('operator.delete.yes')}
        </button>
        <button type="button" class="btn" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  )
}
