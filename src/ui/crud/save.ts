// Writing items through the booklet API and turning validation issues into field messages.
import type * as Y from 'yjs'
import {
  type ItemInput,
  putItem,
  removeItem,
  removeObjectiveWithSteps,
  restoreObjectiveWithSteps,
  type Section,
} from '../../booklet/index.ts'
import type { Issue } from '../../domain/index.ts'
import { fr, type MessageKey, t } from '../../i18n/index.ts'
import { showToast, showUndo } from '../components/Toast.tsx'
import type { FieldErrors } from './field-types.ts'

/** The message key for a validation code ('too-long' → 'error.too-long'). */
export function errorKey(code: string): MessageKey {
  const key = `error.${code}`
  return key in fr ? (key as MessageKey) : 'error.invalid'
}

/** Field errors from issues: by full path ('commitments.0.text') and by first segment ('commitments'). */
export function toFieldErrors(issues: readonly Issue[] | undefined): FieldErrors {
  const errors: FieldErrors = {}
  for (const i of issues ?? []) {
    const key = errorKey(i.code)
    errors[i.path] ??= key
    const first = i.path.split('.')[0] ?? ''
    errors[first] ??= key
  }
  return errors
}

/** Result of saving a form. */
export type SaveResult = { ok: true } | { ok: false; errors: FieldErrors }

/** Validates and writes an item; on failure, the errors to show beside the fields. */
export function saveItem<S extends Section>(doc: Y.Doc, section: S, item: unknown): SaveResult {
  try {
    const r = putItem(doc, section, item as ItemInput<S>)
    if (r.ok) return { ok: true }
    if (r.code === 'read-only') return { ok: false, errors: { '': 'error.read-only' } }
    const errors = toFieldErrors(r.issues)
    return { ok: false, errors: Object.keys(errors).length ? errors : { '': 'error.invalid' } }
  } catch (e) {
    console.error(e)
    return { ok: false, errors: { '': 'error.quota' } }
  }
}

/** Deletes an item and offers "Annuler" for 8 seconds, which puts it back. */
export function deleteWithUndo<S extends Section>(doc: Y.Doc, section: S, id: string): void {
  const removed = removeItem(doc, section, id)
  if (!removed) return
  showUndo(() => {
    const r = putItem(doc, section, removed)
    if (!r.ok) showToast(t('error.invalid'))
  })
}

/** Deletes a plan objective with its steps; "Annuler" puts all of them back. */
export function deleteObjectiveWithUndo(doc: Y.Doc, id: string): void {
  const removed = removeObjectiveWithSteps(doc, id)
  if (!removed) return
  showUndo(() => {
    const r = restoreObjectiveWithSteps(doc, removed)
    if (!r.ok) showToast(t('error.invalid'))
  })
}
