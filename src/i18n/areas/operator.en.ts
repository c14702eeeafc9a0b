// English messages of the operator screens: same keys as operator.fr.ts.
import type { operatorFr } from './operator.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the operator screens. */
export const operatorEn: AreaMessages<typeof operatorFr> = {}
