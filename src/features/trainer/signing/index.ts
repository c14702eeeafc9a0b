// Trainer signing (loads the credential module with JSON-LD): the assessment draft, signing results into
// credentials and queueing them. Imported only by the validation screen, so the trainer home stays small.
export * from './assessment-draft.ts'
export * from './endorse.ts'
export * from './endorsement-flow.ts'
export * from './issued-state.ts'
export * from './sign-results.ts'
export * from './validate.ts'
