// Dutch messages of a received booklet fetched on another of the person's devices: same keys as receivedcopy.fr.ts.
import type { receivedCopyFr } from './receivedcopy.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of a received booklet whose copy is fetched on this device. */
export const receivedCopyNl: AreaMessages<typeof receivedCopyFr> = {
  'receivedCopy.fetching':
    'Dit boekje is ontvangen op een ander toestel van jou. Het komt nu naar dit toestel…',
  'receivedCopy.offline':
    'Dit boekje is ontvangen op een ander toestel van jou. Dit toestel heeft geen internet: het boekje komt zodra het verbonden is.',
  'receivedCopy.unavailable':
    'Dit boekje kan niet naar dit toestel komen. Open het op het toestel dat het ontving, of vraag de persoon om het opnieuw te delen.',
}
