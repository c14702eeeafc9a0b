// French messages of the trainer screens (merged into fr.ts).

/** French messages of the trainer screens. */
export const trainerFr = {} as const
