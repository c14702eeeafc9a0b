// English messages of the validations screens: same keys as validations.fr.ts.

import type { AreaMessages } from './types.ts'
import type { validationsFr } from './validations.fr.ts'

/** English messages of the validations screens. */
export const validationsEn: AreaMessages<typeof validationsFr> = {}
