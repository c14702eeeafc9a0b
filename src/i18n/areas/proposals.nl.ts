// Dutch messages of the proposals screens: same keys as proposals.fr.ts.
import type { proposalsFr } from './proposals.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the proposals screens. */
export const proposalsNl: AreaMessages<typeof proposalsFr> = {}
