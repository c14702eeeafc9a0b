// French messages of the proposals screens (merged into fr.ts).

/** French messages of the proposals screens. */
export const proposalsFr = {} as const
