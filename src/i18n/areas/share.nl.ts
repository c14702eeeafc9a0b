// Dutch messages of the share screens: same keys as share.fr.ts.
import type { shareFr } from './share.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the share screens. */
export const shareNl: AreaMessages<typeof shareFr> = {}
