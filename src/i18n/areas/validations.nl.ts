// Dutch messages of the validations screens: same keys as validations.fr.ts.

import type { AreaMessages } from './types.ts'
import type { validationsFr } from './validations.fr.ts'

/** Dutch messages of the validations screens. */
export const validationsNl: AreaMessages<typeof validationsFr> = {}
