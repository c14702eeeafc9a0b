// The booklet document: Y.Doc layout, validated reads, guarded writes, migrations.
// - An item is one record (JSON text) under its id in its collection's Y.Map (record.ts); the older
//   form (a nested Y.Map per item) is still read, and migrated once (migrations.ts, version 4).
// - Reads validate every item (cached per stored record until it changes) and return frozen values;
//   invalid items are listed apart with their issues, never thrown, never shown as valid.
// - Writes validate first, refuse on a newer/unreadable version ('read-only'), migrate an older one,
//   and store the whole record: concurrent edits of the same item on two devices, last writer wins.
// - For big booklets: countItems (no validation), listItemsPage (sorts on a raw field, validates
//   only the page), competenceFamilyCounts / planOverview (read only the fields they need).
export type { InvalidItem } from './item-map.ts'
export { createBookletDoc, ensureLayout, isEmptyBooklet, sectionMap, TOP_LEVEL } from './layout.ts'
export { startLiveProjection } from './live-projection.ts'
export { MIGRATIONS, type Migration, migrate } from './migrations.ts'
export { type Observable, observeSection } from './observe.ts'
export { competenceFamilyCounts, planOverview } from './overview.ts'
export {
  type RemovedObjective,
  removeObjectiveWithSteps,
  restoreObjectiveWithSteps,
} from './plan-remove.ts'
export { getProfile, putProfile, readProfile } from './profile.ts'
export {
  NEVER_PROJECTED,
  PROJECTION_ORIGIN,
  PROPOSALS_META_KEY,
  type ProjectedSection,
  type ProjectionPlan,
  type ProjectionSummary,
  planProjection,
  projectBooklet,
  projectionSummary,
  readShareMeta,
  readShareProposals,
  type SectionSummary,
  SHARE_META_KEY,
  type SummaryItem,
  shareMetaOf,
  syncProjection,
  writeProjection,
} from './projection.ts'
export { decideProposal, type StepChoice, stepDecisionOf } from './proposal-steps.ts'
export {
  acceptProposal,
  DECISION_KEY_PREFIX,
  decisionOf,
  decisionsOf,
  type InboxReport,
  inboxReport,
  pendingProposals,
  refuseProposal,
  SHARE_DECISIONS_KEY,
  shareDecisions,
  syncDecisionsToShare,
  syncInboxDecisions,
} from './proposals.ts'
export {
  countItems,
  getItem,
  type ListResult,
  listItems,
  listItemsPage,
  type PageResult,
  type PageSort,
  type PageWhere,
  rawRecords,
  readItem,
} from './read.ts'
export { type RawFields, storedFields } from './record.ts'
export { type ItemInput, type ItemOf, SECTION_SCHEMAS, SECTIONS, type Section } from './sections.ts'
export { getSituation, putSituationItem, readSituation } from './situation.ts'
export {
  ensureHolderRef,
  hideValidation,
  holderRefOf,
  holderRefsOf,
  putValidation,
  validationExport,
} from './validations.ts'
export { BOOKLET_SCHEMA_VERSION, type OpenMode, openMode, readSchemaVersion } from './version.ts'
export { putItem, removeItem } from './write.ts'
