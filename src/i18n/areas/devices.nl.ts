// Dutch messages of the devices screens: same keys as devices.fr.ts.
import type { devicesFr } from './devices.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the devices screens. */
export const devicesNl: AreaMessages<typeof devicesFr> = {}
