// Validations in the booklet (issue 5): the holder reference, storing a validation (immutable) and
// hiding it. Receiving credentials from an inbox and checking them (verify, then merge) is the
// validations feature's (src/features/validations/verify.ts). Decisions:
// - Immutable: putValidation refuses a record with the same id but other content ('immutable');
//   hideValidation changes only `hidden` (and updatedAt). The validation id is the credential's uuid.
// - Holder references: every one ever created is accepted (see holderRefsOf), so two devices that
//   each made one offline keep receiving credentials made for either.
import type * as Y from 'yjs'
import {
  fail,
  HOLDER_REF_KEY,
  HOLDER_REF_SET_PREFIX,
  type HolderRef,
  HolderRefSchema,
  newHolderRef,
  ok,
  parse,
  type Result,
  type Validation,
} from '../domain/index.ts'
import { sameJson } from '../lib/index.ts'
import { readItem } from './read.ts'
import { putItem } from './write.ts'

/** Every holder reference of the booklet, sorted: the current one and any created concurrently on
 * another device of the holder (credentials made for any of them are about this holder). */
export const holderRefsOf = (doc: Y.Doc): HolderRef[] => {
  const refs = new Set<HolderRef>()
  doc.getMap('meta').forEach((value, key) => {
    if (key !== HOLDER_REF_KEY && !key.startsWith(HOLDER_REF_SET_PREFIX)) return
    const r = parse(HolderRefSchema, value)
    if (r.ok && (key === HOLDER_REF_KEY || key === HOLDER_REF_SET_PREFIX + r.value)) refs.add(r.value)
  })
  return [...refs].sort()
}

/** The booklet's holder reference (the smallest known: the same on every device after a merge), or
 * undefined before the first validation request. */
export const holderRefOf = (doc: Y.Doc): HolderRef | undefined => holderRefsOf(doc)[0]

/** The booklet's holder reference, created (random) when missing. */
export const ensureHolderRef = (doc: Y.Doc): HolderRef => {
  const existing = holderRefOf(doc)
  if (existing) return existing
  const ref = newHolderRef()
  const meta = doc.getMap('meta')
  doc.transact(() => {
    meta.set(HOLDER_REF_KEY, ref)
    meta.set(HOLDER_REF_SET_PREFIX + ref, ref)
  })
  return ref
}

const withoutMutable = (v: Validation): Record<string, unknown> => {
  const { hidden: _h, updatedAt: _u, ...rest } = v
  return rest
}

/** Stores a new validation; the same id with other content is refused ('immutable'). */
export const putValidation = (
  doc: Y.Doc,
  validation: Validation,
): Result<Validation, 'invalid' | 'read-only' | 'immutable'> => {
  const existing = readItem(doc, 'validations', validation.id)
  if (existing.ok) {
    if (!sameJson(withoutMutable(existing.value), withoutMutable(validation))) return fail('immutable')
    return ok(existing.value)
  }
  if (existing.code === 'invalid') return fail('immutable')
  return putItem(doc, 'validations', validation)
}

/** Hides (or shows again) a validation; nothing else changes. */
export const hideValidation = (
  doc: Y.Doc,
  id: string,
  hidden: boolean,
  now: Date = new Date(),
): Result<Validation, 'missing' | 'invalid' | 'read-only'> => {
  const existing = readItem(doc, 'validations', id)
  if (!existing.ok) return existing
  if ((existing.value.hidden ?? false) === hidden) return ok(existing.value)
  return putItem(doc, 'validations', { ...existing.value, hidden, updatedAt: now.toISOString() })
}

/** A validation's credential as a JSON file's text (for export). */
export const validationExport = (validation: Validation): string =>
  `${JSON.stringify(validation.credential, null, 2)}\n`
