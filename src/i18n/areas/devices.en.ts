// English messages of the devices screens: same keys as devices.fr.ts.
import type { devicesFr } from './devices.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the devices screens. */
export const devicesEn: AreaMessages<typeof devicesFr> = {}
