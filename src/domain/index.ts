// The domain of Livret: entities, their valibot schemas, ids and pure computations. Imports only valibot.
// Decisions:
// - Unknown fields are STRIPPED on parse (v.object), never refused: a newer app may add fields; the
//   booklet layer keeps them in storage but never shows them. '__proto__'/'constructor' keys are inert.
// - Texts are trimmed, bounded (LIMITS: name 120, label 200, short text 1,000, notes 5,000) and may not
//   hold control characters other than tab and new lines. Required texts may not be blank.
// - Days are 'YYYY-MM-DD' real calendar days in 1900–2200; timestamps are toISOString() UTC strings.
// - Ids match ID_PATTERN (1–64 of [A-Za-z0-9_-], starting with a letter or digit); newId() is a UUID.
// - Error codes are kebab-case: ours ('too-long', 'invalid-date', 'end-before-start'…), 'required'
//   for a missing value, else valibot's issue type ('string', 'boolean', 'object'…).
// - A step proposed by the holder is 'accepted' by definition; plan progress counts accepted,
//   not dropped steps only. Situation and journal are sensitive (SENSITIVE_SECTIONS).
export * from './actor.ts'
export * from './appointment.ts'
export * from './competence.ts'
export * from './competence-counts.ts'
export * from './contact.ts'
export * from './cv-selection.ts'
export * from './enums.ts'
export * from './esco-alignment.ts'
export * from './experience.ts'
export * from './holder-ref.ts'
export * from './ids.ts'
export * from './job-application.ts'
export * from './journal-entry.ts'
export * from './objective.ts'
export * from './path-stage.ts'
export * from './plan-progress.ts'
export * from './primitives.ts'
export * from './profile.ts'
export * from './project.ts'
export * from './proposal.ts'
export * from './result.ts'
export * from './samples.ts'
export * from './share-selection.ts'
export * from './situation.ts'
export * from './step.ts'
export * from './validation.ts'
