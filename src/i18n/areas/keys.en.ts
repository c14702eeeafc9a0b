// English messages of the keys area: same keys as keys.fr.ts.
import type { keysFr } from './keys.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the keys area. */
export const keysEn: AreaMessages<typeof keysFr> = {
  'pin.title': 'A code to protect the key',
  'pin.why':
    'This browser cannot keep a signing key safe by itself. Choose a code of at least 6 digits or letters: the key is kept encrypted with this code, never in clear. Livret asks for it when you sign, once per session. Without this code the key is useless: write it down somewhere safe.',
  'pin.label': 'Key code (at least 6 characters)',
  'pin.confirm': 'The same code again',
  'pin.short': 'The code must have at least 6 characters.',
  'pin.mismatch': 'The two codes are not the same.',
  'pin.askTitle': 'Unlock the signing key',
  'pin.askIntro':
    'To sign, type the code that protects your key on this device. It will not be asked again for 15 minutes, while the page stays open.',
  'pin.askLabel': 'Key code',
  'pin.unlock': 'Unlock',
  'pin.cancel': 'Cancel',
  'pin.checking': 'Checking the code…',
  'pin.wrong': 'This code does not match the key. Nothing was signed. Check it and try again.',
  'pin.locked': 'The key stayed locked: nothing was signed.',
  'trainerRestore.error.backup-other-kind':
    'This file is an organisation’s backup, not a trainer’s. Restore it on the “My organisation” screen.',
  'orgRestore.title': 'Restore the organisation from a backup',
  'orgRestore.intro':
    'From the organisation’s backup file. Nothing changes on this device until the file is checked.',
  'orgRestore.error.invalid-file': 'This file is not a Livret organisation backup.',
  'orgRestore.error.backup-other-kind':
    'This file is a trainer’s backup, not an organisation’s. Restore it on the “Trainer” screen.',
  'orgRestore.error.backup-passphrase-wrong':
    'This password does not match this file. Check it and try again.',
  'orgRestore.error.backup-tampered': 'This file is damaged or was changed: it cannot be used.',
  'orgRestore.error.unknown': 'The file could not be read.',
  'orgRestore.found': 'Valid file: {name}, fingerprint {fingerprint}.',
  'orgRestore.replace':
    'This organisation will replace the one on this device (fingerprint {fingerprint}). Endorsements already given stay valid.',
  'orgRestore.same': 'This is already this device’s organisation.',
  'orgRestore.use': 'Use this organisation',
  'orgRestore.done': 'Organisation restored.',
  'issued.inBackup':
    'The backup also holds the list of what this key signed: from another device, you can withdraw everything if the key is lost.',
  'issued.found': 'The file also holds {count} signature(s) by this key and its withdrawal list.',
  'orgLost.title': 'Key lost or stolen',
  'orgLost.intro':
    'If the organisation’s key is lost or stolen, withdraw everything it signed: trainer endorsements and validations. Professionals will see it at their next check.',
  'orgLost.button': 'Withdraw everything',
  'orgLost.confirm': 'Nothing this key signed will count any more. This is final. Continue?',
  'orgLost.yes': 'Yes, withdraw everything',
  'orgLost.done': 'Everything this key signed is withdrawn.',
  'handover.offlineLong': 'Offline: long code, scan it up close.',
}
