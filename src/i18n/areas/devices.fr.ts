// French messages of the devices screens (merged into fr.ts).

/** French messages of the devices screens. */
export const devicesFr = {} as const
