// French messages of the share screens (merged into fr.ts).

/** French messages of the share screens. */
export const shareFr = {} as const
