// Dutch messages of the trainer screens: same keys as trainer.fr.ts.
import type { trainerFr } from './trainer.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the trainer screens. */
export const trainerNl: AreaMessages<typeof trainerFr> = {}
