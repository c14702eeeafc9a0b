// English messages of the devices screens: same keys as devices.fr.ts.
import type { devicesFr } from './devices.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the devices screens. */
export const devicesEn: AreaMessages<typeof devicesFr> = {
  'devices.intro':
    'Link your computer or another phone: your booklet will be the same on each. If you lose a device, your booklet stays on the others.',
  'devices.status.synced': 'Synced at {time}',
  'devices.status.offline': 'Offline: your changes will be sent when the network is back.',
  'devices.status.offlineSince':
    'Offline (last synced at {time}): your changes will be sent when the network is back.',
  'devices.status.connecting': 'Connecting to your other devices…',
  'devices.status.moving': 'Updating the link with your other devices…',
  'devices.status.removed':
    'This device was removed from your devices. What it holds stays here, but it receives nothing more.',
  'devices.status.unlinked':
    'The link with your other devices no longer works. Scan a new code to link them again.',
  'devices.status.off': 'This device is not linked to any other.',
  'devices.pairTitle': 'Link another device',
  'devices.pairStart': 'Link another device',
  'devices.pairHelp':
    'On the other device, scan this code with the camera, or open the link. Your whole booklet will be copied there, always encrypted.',
  'devices.secretWarning': 'This code opens your whole booklet: show it only to your own devices.',
  'devices.qrLabel': 'QR code to link another device',
  'devices.linkLabel': 'The link, to open on the other device',
  'devices.copy': 'Copy the link',
  'devices.copied': 'Link copied.',
  'devices.waiting': 'Waiting for the other device…',
  'devices.joined': '“{name}” is linked. Your booklet is now on both devices.',
  'devices.done': 'Done',
  'devices.cancel': 'Cancel this code',
  'devices.cancelled': 'This code no longer works.',
  'devices.listTitle': 'Linked devices',
  'devices.none': 'No linked device yet.',
  'devices.pending': 'New device (not linked yet)',
  'devices.unnamed': 'The first device',
  'devices.pairedOn': 'Linked on {date}',
  'devices.lastSeen': 'Last seen on {date} at {time}',
  'devices.remove': 'Remove “{name}”',
  'devices.removeConfirm':
    'Remove “{name}”? It will receive nothing more from your booklet. What it already received stays on it.',
  'devices.removeYes': 'Yes, remove',
  'devices.removeNo': 'No, keep',
  'devices.removing': 'Removing: your other devices are getting a new key…',
  'devices.removed': '“{name}” is removed. Your other devices carry on with a new key.',
  'devices.error.offline': 'No connection to the server. Connect to the internet and try again.',
  'devices.error.generic': 'That did not work. Nothing changed. Try again in a moment.',
  'devices.memberText': 'This device is linked to your other devices under the name “{name}”.',
  'devices.memberHelp':
    'To link a new device, use the one that showed the code. Lost a device? Remove it in the list below, from any of your devices.',
  'devices.leave': 'Stop syncing this device',
  'devices.leaveHelp':
    'This device keeps the booklet as it is, but no longer receives the changes from your other devices.',
  'devices.left': 'This device no longer syncs.',
  'devices.join.intro':
    'Your booklet will be copied to this device, encrypted, and then stay up to date on your devices.',
  'devices.join.name': 'Name of this device',
  'devices.join.nameHint': 'For example: home computer. This name appears in the list of your devices.',
  'devices.join.nameMissing': 'Write a name for this device.',
  'devices.join.mergeWarning':
    'This device already has a booklet. The two booklets will be joined into one: nothing is erased, everything on either one will be on both.',
  'devices.join.submit': 'Link this device',
  'devices.join.submitMerge': 'Join the booklets and link',
  'devices.join.working': 'Connecting and copying the booklet…',
  'devices.join.done': 'Done: this device is linked. Your booklet is up to date.',
  'devices.join.open': 'Open my booklet',
  'devices.join.already': 'This device is already linked to this booklet.',
  'devices.join.replace':
    'This device is already linked to other devices. If you go on, it will be linked to this booklet instead.',
  'devices.join.noLink':
    'Open this page with the link or QR code shown on your other device (My devices → Link another device).',
  'devices.join.newCode': 'Ask for a new code on your other device (My devices → Link another device).',
  'devices.join.error.link-malformed': 'This link is incomplete or damaged.',
  'devices.join.error.link-bad-token': 'This link was changed: it is not accepted.',
  'devices.join.error.link-wrong-role': 'This link is not for linking a device.',
  'devices.join.error.link-expired': 'This link has expired.',
  'devices.join.error.link-bad-key': 'The key in this link does not match: the link was changed.',
  'devices.join.error.mailbox-not-offered':
    'This link matches no code being shown right now. Check that the other device is online and still shows the code.',
  'devices.join.error.token-revoked': 'This code was cancelled.',
  'devices.join.error.room-gone': 'This code no longer works.',
  'devices.join.error.relay-unreachable':
    'No connection to the server. Connect to the internet and try again.',
  'devices.join.error.generic': 'The connection did not work. Nothing changed on this device.',
}
