// English messages of the share screens: same keys as share.fr.ts.
import type { shareFr } from './share.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the share screens. */
export const shareEn: AreaMessages<typeof shareFr> = {}
