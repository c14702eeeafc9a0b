// Small helpers with no dependency, usable from every layer.
export * from './store.ts'
