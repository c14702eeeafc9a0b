// English messages of restoring and keeping the booklet: same keys as recovery.fr.ts.

import type { recoveryFr } from './recovery.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of restore summaries and of the eviction warning. */
export const recoveryEn: AreaMessages<typeof recoveryFr> = {
  'recovery.contains': 'This file also holds: {list}.',
  'recovery.brought': 'Back on this device: the booklet, {list}.',
  'recovery.broughtBookletOnly': 'Back on this device: the booklet.',
  'recovery.kind.share': '{n} share|{n} shares',
  'recovery.kind.validation-request': '{n} validation request|{n} validation requests',
  'recovery.kind.proposal-inbox': '{n} proposal inbox|{n} proposal inboxes',
  'recovery.kind.proposal-capability': '{n} proposal link|{n} proposal links',
  'recovery.kind.received': '{n} received booklet|{n} received booklets',
  'recovery.kind.other': '{n} other item|{n} other items',
  'recovery.evictTitle': 'Your booklet may be erased',
  'recovery.evictText':
    'On this device, the browser may erase the booklet if the app is not installed and you do not open it for 7 days. Install the app, or make a backup.',
  'recovery.evictInstall': 'Install the app',
  'recovery.evictHowTo': 'On iPhone or iPad: tap the "Share" button, then "Add to Home Screen".',
}
