// The Y.Doc layout of DESIGN.md §2.1. Top-level maps never conflict, but the `objectives` and `steps`
// maps nested in `plan` would: two devices each creating them would race and one device's plan would
// vanish. So the nested maps come from a frozen "genesis" update written by the fixed client id 0:
// every device applies byte-identical structs, Yjs sees the same items, and nothing races. Being
// client 0, genesis also loses any concurrent conflict against a real client. NEVER change genesis.
// Items: section map key = item id → one record, the JSON text of every field except `id` (the key
// is the id); before schema version 4, a nested Y.Map with one key per field (record.ts reads both).
import * as Y from 'yjs'
import type { Section } from './sections.ts'
import { isPlanSection } from './sections.ts'
import { BOOKLET_SCHEMA_VERSION, SCHEMA_VERSION_KEY } from './version.ts'

/** Names of the top-level shared types. */
export const TOP_LEVEL = [
  'profile',
  'experiences',
  'competences',
  'validations',
  'projects',
  'plan',
  'situation',
  'path',
  'contacts',
  'journal',
  'appointments',
  'applications',
  'cvs',
  'meta',
] as const

let genesis: Uint8Array | undefined
const genesisUpdate = (): Uint8Array => {
  if (genesis) return genesis
  const g = new Y.Doc({ gc: false })
  g.clientID = 0
  const plan = g.getMap('plan')
  g.transact(() => {
    plan.set('objectives', new Y.Map())
    plan.set('steps', new Y.Map())
  })
  genesis = Y.encodeStateAsUpdate(g)
  g.destroy()
  return genesis
}

/** Makes sure the nested plan maps exist (idempotent; a no-op on a document that has them). */
export const ensureLayout = (doc: Y.Doc): void => {
  const plan = doc.getMap('plan')
  if (plan.get('objectives') instanceof Y.Map && plan.get('steps') instanceof Y.Map) return
  Y.applyUpdate(doc, genesisUpdate())
  doc.transact(() => {
    // Only reachable if something other than a Y.Map sits under these keys (hostile or foreign doc).
    for (const key of ['objectives', 'steps'])
      if (!(plan.get(key) instanceof Y.Map)) plan.set(key, new Y.Map())
  })
}

/** A new, empty booklet document at the current schema version. */
export const createBookletDoc = (): Y.Doc => {
  const doc = new Y.Doc()
  for (const name of TOP_LEVEL) doc.getMap(name)
  ensureLayout(doc)
  doc.getMap('meta').set(SCHEMA_VERSION_KEY, BOOKLET_SCHEMA_VERSION)
  return doc
}

/** The map holding a section's items, or undefined for plan sections not laid out yet (reads only). */
export const sectionMap = (doc: Y.Doc, section: Section): Y.Map<unknown> | undefined => {
  if (!isPlanSection(section)) return doc.getMap(section)
  const m = doc.getMap('plan').get(section)
  return m instanceof Y.Map ? (m as Y.Map<unknown>) : undefined
}

/** The map holding a section's items, laid out if needed (writes). */
export const writableSectionMap = (doc: Y.Doc, section: Section): Y.Map<unknown> => {
  const existing = sectionMap(doc, section)
  if (existing) return existing
  ensureLayout(doc)
  const m = sectionMap(doc, section)
  if (!m) throw new Error(`layout missing ${section}`)
  return m
}

/** True when no section, profile or situation holds anything (a new device before its first sync). */
export const isEmptyBooklet = (doc: Y.Doc): boolean => {
  for (const name of TOP_LEVEL) {
    if (name === 'meta' || name === 'plan') continue
    if (doc.getMap(name).size > 0) return false
  }
  return (sectionMap(doc, 'objectives')?.size ?? 0) === 0 && (sectionMap(doc, 'steps')?.size ?? 0) === 0
}
