// Schema version of a booklet document and what an app of this version may do with it.
import type * as Y from 'yjs'

/** Version of the document layout this app writes. Bumped with each entry of migrations.ts. */
export const BOOKLET_SCHEMA_VERSION = 4

/** Key of the version inside the top-level `meta` map. */
export const SCHEMA_VERSION_KEY = 'schemaVersion'

/** How a document may be opened: a newer (or unreadable) version is shown but never written. */
export type OpenMode = 'editable' | 'read-only-newer'

/** The stored version: a number, undefined when never written, 'garbage' when not a positive integer. */
export const readSchemaVersion = (doc: Y.Doc): number | undefined | 'garbage' => {
  const raw = doc.getMap('meta').get(SCHEMA_VERSION_KEY)
  if (raw === undefined) return undefined
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 ? raw : 'garbage'
}

/** 'read-only-newer' when the document was written by a newer app (or its version is unreadable). */
export const openMode = (doc: Y.Doc): OpenMode => {
  const version = readSchemaVersion(doc)
  return version === 'garbage' || (version !== undefined && version > BOOKLET_SCHEMA_VERSION)
    ? 'read-only-newer'
    : 'editable'
}
