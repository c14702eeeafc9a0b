// French messages of a received booklet fetched on another of the person's devices (merged into fr.ts).

/** French messages of a received booklet whose copy is fetched on this device. */
export const receivedCopyFr = {
  'receivedCopy.fetching':
    'Ce livret a été reçu sur un autre de vos appareils. Il arrive maintenant sur celui-ci…',
  'receivedCopy.offline':
    'Ce livret a été reçu sur un autre de vos appareils. Cet appareil n’est pas connecté à Internet : le livret arrivera dès qu’il le sera.',
  'receivedCopy.unavailable':
    'Ce livret ne peut pas arriver sur cet appareil. Ouvrez-le sur l’appareil qui l’a reçu, ou demandez un nouveau partage à la personne.',
} as const
