// The booklet document: Y.Doc layout, validated reads, guarded writes, migrations.
export type { InvalidItem } from './item-map.ts'
export { createBookletDoc, ensureLayout, isEmptyBooklet, TOP_LEVEL } from './layout.ts'
export { MIGRATIONS, type Migration, migrate } from './migrations.ts'
export { type Observable, observeSection } from './observe.ts'
export { getProfile, putProfile, readProfile } from './profile.ts'
export {
  countItems,
  getItem,
  type ListResult,
  listItems,
  listItemsPage,
  type PageResult,
  type PageSort,
  readItem,
} from './read.ts'
export { type ItemInput, type ItemOf, SECTION_SCHEMAS, SECTIONS, type Section } from './sections.ts'
export { getSituation, putSituationItem, readSituation } from './situation.ts'
export { BOOKLET_SCHEMA_VERSION, type OpenMode, openMode, readSchemaVersion } from './version.ts'
export { putItem, removeItem } from './write.ts'
