// Validation requests (holder side): the request link, its records, the runtime that pushes competences and reads the inbox.
export * from './inbox-report.ts'
export * from './records.ts'
export * from './request.ts'
export * from './runtime.ts'
export * from './verify.ts'
