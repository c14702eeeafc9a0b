// The profile: a single record stored as one key per field in the top-level `profile` map.
import * as v from 'valibot'
import type * as Y from 'yjs'
import { type Profile, ProfileSchema, type Result, toIssues } from '../domain/index.ts'
import { toPlain, writeFields } from './item-map.ts'
import { fieldsOf } from './sections.ts'
import { validForWrite } from './write.ts'

/** Reads the profile: 'missing' before it is first saved, 'invalid' (with issues) if damaged. */
export const readProfile = (doc: Y.Doc): Result<Profile, 'missing' | 'invalid'> => {
  const map = doc.getMap<unknown>('profile')
  if (map.size === 0) return { ok: false, code: 'missing' }
  const r = v.safeParse(ProfileSchema, toPlain(map))
  return r.success
    ? { ok: true, value: r.output }
    : { ok: false, code: 'invalid', issues: toIssues(r.issues) }
}

/** The profile, or undefined when missing or invalid. */
export const getProfile = (doc: Y.Doc): Profile | undefined => {
  const r = readProfile(doc)
  return r.ok ? r.value : undefined
}

/** Validates and stores the profile (only changed fields are written). */
export const putProfile = (
  doc: Y.Doc,
  profile: v.InferInput<typeof ProfileSchema>,
): Result<Profile, 'invalid' | 'read-only'> => {
  const r = validForWrite(doc, ProfileSchema, profile)
  if (r.ok) doc.transact(() => writeFields(doc.getMap<unknown>('profile'), fieldsOf(ProfileSchema), r.value))
  return r
}
