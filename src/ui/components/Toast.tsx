// A short message at the bottom of the screen, with an optional action ("Supprimé. Annuler").
// Announced politely to screen readers; stays 8 seconds, or until the action is used.
import { t } from '../../i18n/index.ts'
import { createStore, useStore } from '../store.ts'

type Toast = { id: number; text: string; action?: { label: string; run: () => void } }

const toastStore = createStore<Toast | undefined>(undefined)
let nextId = 1
let timer: ReturnType<typeof setTimeout> | undefined

/** Shows a message for `ms` milliseconds, replacing any previous one. */
export function showToast(text: string, action?: Toast['action'], ms = 8000): void {
  clearTimeout(timer)
  const id = nextId++
  toastStore.set(action ? { id, text, action } : { id, text })
  timer = setTimeout(() => {
    if (toastStore.get()?.id === id) toastStore.set(undefined)
  }, ms)
}

/** Shows "Supprimé. Annuler" where Annuler calls `restore`. */
export function showUndo(restore: () => void): void {
  showToast(t('common.deleted'), {
    label: t('common.undo'),
    run: () => {
      restore()
      showToast(t('common.restored'), undefined, 3000)
    },
  })
}

/** The live region where messages appear. */
export function ToastRegion() {
  const toast = useStore(toastStore)
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div class="toast">
          <span>{toast.text}</span>
          {toast.action ? (
            <button
              type="button"
              class="btn btn-small btn-inverse"
              onClick={() => {
                toastStore.set(undefined)
                toast.action?.run()
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
