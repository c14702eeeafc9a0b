// French messages of the operator screens (merged into fr.ts).

/** French messages of the operator screens. */
export const operatorFr = {} as const
