// Dutch messages of the operator screens: same keys as operator.fr.ts.
import type { operatorFr } from './operator.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the operator screens. */
export const operatorNl: AreaMessages<typeof operatorFr> = {}
