// English messages of the proposals screens: same keys as proposals.fr.ts.
import type { proposalsFr } from './proposals.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the proposals screens. */
export const proposalsEn: AreaMessages<typeof proposalsFr> = {}
