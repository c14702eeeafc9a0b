// English messages of a received booklet fetched on another of the person's devices: same keys as receivedcopy.fr.ts.
import type { receivedCopyFr } from './receivedcopy.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of a received booklet whose copy is fetched on this device. */
export const receivedCopyEn: AreaMessages<typeof receivedCopyFr> = {
  'receivedCopy.fetching':
    'This booklet was received on another of your devices. It is coming to this one now…',
  'receivedCopy.offline':
    'This booklet was received on another of your devices. This device is not connected to the Internet: the booklet will come as soon as it is.',
  'receivedCopy.unavailable':
    'This booklet cannot come to this device. Open it on the device that received it, or ask the person to share it again.',
}
