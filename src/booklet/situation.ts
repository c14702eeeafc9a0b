// The situation: `Y.Map<area, record>` with one record per barrier area (record.ts: either form read). Private by default: nothing here
// is shared unless a projection picks an item explicitly (see SITUATION_IS_PRIVATE in the domain).
import * as v from 'valibot'
import type * as Y from 'yjs'
import {
  emptySituationItem,
  type Result,
  SITUATION_AREAS,
  type SituationItem,
  SituationItemSchema,
  toIssues,
} from '../domain/index.ts'
import { sameJson } from '../lib/index.ts'
import type { InvalidItem } from './item-map.ts'
import { entryOf, isOldForm, rawFieldsOf, recordOf, storeRecord } from './record.ts'
import { fieldsOf } from './sections.ts'
import { validForWrite } from './write.ts'

/** All seven areas in order (an empty 'unknown' item for areas never filled in or invalid), plus the
 * invalid ones so the UI can say so instead of showing them as valid. */
export const readSituation = (doc: Y.Doc): { items: SituationItem[]; invalid: InvalidItem[] } => {
  const map = doc.getMap<unknown>('situation')
  const invalid: InvalidItem[] = []
  const items = SITUATION_AREAS.map((area) => {
    const entry = entryOf(map, area)
    if (entry === undefined) return emptySituationItem(area)
    const fields = rawFieldsOf(entry)
    if (!fields) {
      invalid.push({ id: area, issues: [{ path: '', code: 'not-a-record' }] })
      return emptySituationItem(area)
    }
    const r = v.safeParse(SituationItemSchema, fields)
    if (r.success && r.output.area === area) return r.output
    invalid.push({
      id: area,
      issues: r.success ? [{ path: 'area', code: 'id-mismatch' }] : toIssues(r.issues),
    })
    return emptySituationItem(area)
  })
  return { items, invalid }
}

/** The seven situation items, in SITUATION_AREAS order. */
export const getSituation = (doc: Y.Doc): SituationItem[] => readSituation(doc).items

/** Validates and stores one area's status and note. */
export const putSituationItem = (
  doc: Y.Doc,
  item: v.InferInput<typeof SituationItemSchema>,
): Result<SituationItem, 'invalid' | 'read-only'> => {
  const r = validForWrite(doc, SituationItemSchema, item)
  if (!r.ok) return r
  const value = r.value
  doc.transact(() => {
    const map = doc.getMap<unknown>('situation')
    const entry = entryOf(map, value.area)
    const previous = entry ? rawFieldsOf(entry) : undefined
    const record = recordOf(fieldsOf(SituationItemSchema), value, previous)
    if (entry && !isOldForm(entry) && sameJson(previous, record)) return
    storeRecord(map, value.area, record)
  })
  return { ok: true, value }
}
