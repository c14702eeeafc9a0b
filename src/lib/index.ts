// Small helpers with no dependency, usable from every layer.

export * from './same-json.ts'
export * from './store.ts'
