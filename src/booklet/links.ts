// Experience ↔ competence links are stored on both sides (experience.competenceIds and
// competence.experienceIds). Writing one side updates the other side's raw list inside the caller's
// transaction, so a device never sees one half of a link. Only the link field of the other item is
// changed (not its other fields, nor its updatedAt; the record is rewritten whole). Missing items
// and non-array lists are left alone.
import type * as Y from 'yjs'
import { LIMITS } from '../domain/index.ts'
import { sectionMap } from './layout.ts'
import { entryOf, type RawFields, rawFieldsOf, recordOf, storeRecord } from './record.ts'
import type { Section } from './sections.ts'

type LinkSide = { field: string; other: Section; otherField: string }

// Which field of a section links to which section, and the field on the other side.
const LINKS: Partial<Record<Section, LinkSide>> = {
  experiences: { field: 'competenceIds', other: 'competences', otherField: 'experienceIds' },
  competences: { field: 'experienceIds', other: 'experiences', otherField: 'competenceIds' },
}

const idsOf = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((i): i is string => typeof i === 'string') : []

// Adds or removes `selfId` in the link list of item `otherId`; writes only when it changes (the
// whole record, in the new form: record.ts).
const setReverse = (doc: Y.Doc, side: LinkSide, otherId: string, selfId: string, linked: boolean): void => {
  const map = sectionMap(doc, side.other)
  const entry = map ? entryOf(map, otherId) : undefined
  const fields = entry ? rawFieldsOf(entry) : undefined
  if (!map || !fields) return
  const raw = fields[side.otherField]
  if (raw !== undefined && !Array.isArray(raw)) return
  const list = idsOf(raw)
  const has = list.includes(selfId)
  let next: string[] | undefined
  if (linked && !has && list.length < LIMITS.ids) next = [...list, selfId]
  else if (!linked && has) next = list.filter((i) => i !== selfId)
  if (!next) return
  const record = recordOf([], {}, fields)
  record[side.otherField] = next
  storeRecord(map, otherId, record)
}

/** True when a section's items carry two-sided links (experiences, competences). */
export const hasLinks = (section: Section): boolean => LINKS[section] !== undefined

/** Makes the other side match an item being written: every id in `next` links back, every id only in
 * the stored `previous` list no longer does. Call inside the write's transaction, before writing. */
export const syncLinksOnPut = (
  doc: Y.Doc,
  section: Section,
  id: string,
  previous: RawFields | undefined,
  next: Record<string, unknown>,
): void => {
  const side = LINKS[section]
  if (!side) return
  const nextIds = idsOf(next[side.field])
  const before = idsOf(previous?.[side.field])
  for (const other of nextIds) setReverse(doc, side, other, id, true)
  for (const other of before) if (!nextIds.includes(other)) setReverse(doc, side, other, id, false)
}

/** Removes a deleted item from the link lists of the items it linked to. Call inside the transaction. */
export const syncLinksOnRemove = (
  doc: Y.Doc,
  section: Section,
  id: string,
  stored: RawFields | undefined,
): void => {
  const side = LINKS[section]
  if (!side || !stored) return
  for (const other of idsOf(stored[side.field])) setReverse(doc, side, other, id, false)
}
