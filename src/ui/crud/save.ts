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
import { t } from '../../i18n/index.ts'
import { showToast, showUndo } from '../components/Toast.tsx'
import { errorMessages } from '../errors.ts'
import type { FieldErrors } from './field-types.ts'

/** A code the domain's schemas give a field ('too-long'), and a whole form's failures. */
export type FieldCode =
  | 'empty'
  | 'required'
  | 'too-long'
  | 'control-chars'
  | 'invalid-date'
  | 'end-before-start'
  | 'invalid-email'
  | 'invalid-phone'
  | 'too-many'
  | 'holder-step-not-accepted'
  | 'suggestion-not-savoir-etre'
  | 'invalid'
  | 'invalid-framework'
  | 'read-only'
  | 'quota'

/** Words for the field codes; a code a schema gives that is not listed reads 'invalid'. */
export const FIELD_ERRORS = errorMessages<FieldCode>(
  {
    empty: 'error.empty',
    required: 'error.required',
    'too-long': 'error.too-long',
    'control-chars': 'error.control-chars',
    'invalid-date': 'error.invalid-date',
    'end-before-start': 'error.end-before-start',
    'invalid-email': 'error.invalid-email',
    'invalid-phone': 'error.invalid-phone',
    'too-many': 'error.too-many',
    'holder-step-not-accepted': 'error.holder-step-not-accepted',
    'suggestion-not-savoir-etre': 'error.suggestion-not-savoir-etre',
    invalid: 'error.invalid',
    'invalid-framework': 'error.invalid-framework',
    'read-only': 'error.read-only',
    quota: 'error.quota',
  },
  'error.invalid',
)

/** Field errors from issues: by full path ('commitments.0.text') and by first segment ('commitments'). */
export function toFieldErrors(issues: readonly Issue[] | undefined): FieldErrors {
  const errors: FieldErrors = {}
  for (const i of issues ?? []) {
    const key = FIELD_ERRORS.keyOf(i.code)
    errors[i.path] ??= key
    const first = i.path.split('.')[0] ?? ''
    errors[first] ??= key
  }
  return errors
}

/** Result of saving a form. */
export type SaveResult = { ok: true } | { ok: false; errors: FieldErrors }

/** Runs a booklet write and turns its failure into field errors ('' for the whole form). */
export function saveWith(
  write: () => { ok: true } | { ok: false; code: string; issues?: readonly Issue[] },
): SaveResult {
  try {
    const r = write()
    if (r.ok) return { ok: true }
    if (r.code === 'read-only') return { ok: false, errors: { '': FIELD_ERRORS.key('read-only') } }
    const errors = toFieldErrors(r.issues)
    return { ok: false, errors: Object.keys(errors).length ? errors : { '': FIELD_ERRORS.key('invalid') } }
  } catch (e) {
    // A write that throws is IndexedDB refusing it: the device is full.
    console.error(e)
    return { ok: false, errors: { '': FIELD_ERRORS.key('quota') } }
  }
}

/** Validates and writes an item; on failure, the errors to show beside the fields. */
export function saveItem<S extends Section>(doc: Y.Doc, section: S, item: unknown): SaveResult {
  return saveWith(() => putItem(doc, section, item as ItemInput<S>))
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
