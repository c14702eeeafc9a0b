// Sharing a booklet (holder side): share records, creating, following (live), revoking and extending a share, the offline share file.
export * from './control.ts'
export * from './create.ts'
export * from './drafts.ts'
export * from './records.ts'
export * from './runtime.ts'
export * from './service.ts'
export * from './share-file.ts'
export * from './store.ts'
