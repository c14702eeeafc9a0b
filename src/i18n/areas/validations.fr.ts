// French messages of the validations screens (merged into fr.ts).

/** French messages of the validations screens. */
export const validationsFr = {} as const
