// Dutch messages of restoring and keeping the booklet: same keys as recovery.fr.ts.

import type { recoveryFr } from './recovery.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of restore summaries and of the eviction warning. */
export const recoveryNl: AreaMessages<typeof recoveryFr> = {
  'recovery.contains': 'Dit bestand bevat ook: {list}.',
  'recovery.brought': 'Terug op dit toestel: het boekje, {list}.',
  'recovery.broughtBookletOnly': 'Terug op dit toestel: het boekje.',
  'recovery.kind.share': '{n} deling|{n} delingen',
  'recovery.kind.validation-request': '{n} validatieaanvraag|{n} validatieaanvragen',
  'recovery.kind.proposal-inbox': '{n} voorstellenbus|{n} voorstellenbussen',
  'recovery.kind.proposal-capability': '{n} voorstellink|{n} voorstellinks',
  'recovery.kind.received': '{n} ontvangen boekje|{n} ontvangen boekjes',
  'recovery.kind.other': '{n} ander onderdeel|{n} andere onderdelen',
  'recovery.evictTitle': 'Je boekje kan gewist worden',
  'recovery.evictText':
    'Op dit toestel kan de browser je boekje wissen als de app niet geïnstalleerd is en je de app 7 dagen niet opent. Installeer de app, of maak een reservekopie.',
  'recovery.evictInstall': 'De app installeren',
  'recovery.evictHowTo': 'Op iPhone of iPad: tik op de knop "Delen" en dan op "Zet op beginscherm".',
}
