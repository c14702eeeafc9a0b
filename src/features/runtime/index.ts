// Background work: one Runtime shape, one registry that starts and stops runtimes, one retry
// scheduler, one status store.

export * from './catalog.ts'
export * from './registry.ts'
export * from './rooms.ts'
export * from './scheduler.ts'
export * from './status.ts'
export * from './types.ts'
