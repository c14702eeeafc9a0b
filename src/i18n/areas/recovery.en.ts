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
  'recovery.sheetTitle': 'Recovery sheet',
  'recovery.sheetIntro':
    'If you lose this device, this sheet brings your whole booklet back on another device, with nothing else. A sealed copy is kept on the server: nobody can read it without the sheet.',
  'recovery.sheetCreate': 'Make my recovery sheet',
  'recovery.sheetReplace': 'Make a new sheet (the old one will stop working)',
  'recovery.sheetCode': 'Your recovery code',
  'recovery.sheetKeep': 'Write this code down or print the sheet. Keep it at home, apart from this device.',
  'recovery.sheetPrint': 'Show the sheet to print',
  'recovery.sheetPrintNow': 'Print',
  'recovery.sheetClose': 'Close',
  'recovery.sheetPrintTitle': 'My Livret recovery sheet',
  'recovery.sheetSteps':
    'On a new device: open Livret, go to "Backup", then "Restore with my recovery sheet". Type the code or scan the QR code.',
  'recovery.sheetHome': 'Keep this sheet at home. Give it to nobody.',
  'recovery.sheetQr': 'QR code of the recovery sheet',
  'recovery.sheetBusy': 'Making the sealed copy…',
  'recovery.sheetMade': 'Recovery sheet ready. The sealed copy is up to date.',
  'recovery.restoreTitle': 'Restore with my recovery sheet',
  'recovery.restoreCode': 'The code on your recovery sheet',
  'recovery.restoreHint': '28 letters and digits, in groups of 4.',
  'recovery.restoreButton': 'Bring my booklet back',
  'recovery.restoreBusy': 'Looking for the booklet…',
  'recovery.restored':
    'Your booklet is back. The old sheet no longer works: here is your new sheet, print it.',
  'recovery.error.sheet-malformed': 'This code is incomplete: it needs 28 letters and digits.',
  'recovery.error.sheet-mistyped': 'A letter or digit is mistyped. Check the code.',
  'recovery.error.sheet-replaced':
    'This sheet was replaced by a newer one: it no longer works. Take the latest sheet.',
  'recovery.error.sheet-empty': 'No booklet is kept for this code. Check the code.',
  'recovery.error.relay-unreachable': 'The server does not answer. Check the connection, then try again.',
  'recovery.error.unknown': 'That did not work. Try again later.',
  'recovery.offerTitle': 'Keep your booklet safe?',
  'recovery.offerText':
    'If you lose this device, your booklet can come back on another device. For that, a locked copy is kept on the Livret server: nobody can read it. You get a recovery sheet: a code to write down or print.',
  'recovery.offerYes': 'Yes, keep a copy',
  'recovery.offerNo': 'No thanks',
  'recovery.offerBusy': 'Making the locked copy…',
  'recovery.offerDone': 'Done: your booklet is kept, locked. Write down this code or print the sheet.',
  'recovery.offerDeclined': 'All right. You can do it later in "Backup".',
  'recovery.offerClose': 'I wrote down my code',
}
