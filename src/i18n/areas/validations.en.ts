// English messages of the validations screens: same keys as validations.fr.ts.

import type { AreaMessages } from './types.ts'
import type { validationsFr } from './validations.fr.ts'

/** English messages of the validations screens. */
export const validationsEn: AreaMessages<typeof validationsFr> = {
  'validations.intro':
    'A trainer can validate your competences. They sign each validation: anyone can check it comes from them.',
  'validations.askTitle': 'Ask for a validation',
  'validations.askIntro':
    'Choose the competences. The trainer will see them, with the experiences they come from. Nothing else.',
  'validations.pick': 'Which competences?',
  'validations.noCompetence': 'You have no competence yet. Add one first.',
  'validations.addCompetence': 'Add a competence',
  'validations.trainerName': "Trainer's name",
  'validations.organisation': 'Organisation (training centre, company…)',
  'validations.create': 'Create the link for the trainer',
  'validations.creating': 'Preparing the link…',
  'validations.errorPick': 'Choose at least one competence.',
  'validations.errorName': "Write the trainer's name.",
  'validations.errorCreate': 'The link could not be created. Try again.',
  'validations.handoverTitle': 'Show this code to the trainer',
  'validations.handoverIntro':
    'The trainer scans this code or opens the link. For {days} days, they can read these competences and send you their signed validations.',
  'validations.qrLabel': 'QR code of the validation request for {trainer}',
  'validations.link': 'Link for the trainer',
  'validations.secretNote': 'This link opens these competences: give it only to the trainer.',
  'validations.copy': 'Copy the link',
  'validations.copied': 'Link copied.',
  'validations.copyFailed': 'Copying did not work: select the link and copy it.',
  'validations.shareLink': 'Send the link…',
  'validations.shareText': 'Request to validate competences (Livret)',
  'validations.done': 'Done',
  'validations.sending': 'Sending the competences…',
  'validations.sent': 'Ready: the trainer can open the link.',
  'validations.notSent':
    'No connection for now. The link will work once this device is online, with the app open.',
  'validations.requestsTitle': 'My requests',
  'validations.noRequest': 'No request yet.',
  'validations.competencesLine': 'Competences: {list}',
  'validations.createdLine': 'Asked on {date}',
  'validations.statusLine': 'Status: {status}',
  'validations.status.not-sent': 'not sent yet (no connection)',
  'validations.status.waiting': 'waiting for the trainer',
  'validations.status.received': '{n} validation received|{n} validations received',
  'validations.status.expired': 'expired',
  'validations.status.closed': 'closed',
  'validations.unreadable': '{n} unreadable message ignored|{n} unreadable messages ignored',
  'validations.notVerifiableFor':
    'A validation received for “{competence}” cannot be verified: it is not added to the booklet.',
  'validations.notVerifiableUnknown':
    'A validation received cannot be verified: it is not added to the booklet.',
  'validations.ignored':
    '{n} validation ignored: it is not about this booklet|{n} validations ignored: they are not about this booklet',
  'validations.showCode': 'Show the code',
  'validations.showCodeLabel': 'Show the code of the request to {trainer}',
  'validations.close': 'Close the request',
  'validations.closeLabel': 'Close the request to {trainer}',
  'validations.closeConfirm':
    'The trainer will no longer be able to open the link or send you validations. What you already received stays in the booklet.',
  'validations.closeYes': 'Yes, close the request',
  'validations.closed': 'Request closed: the trainer can no longer open the link.',
  'validations.damaged': '{n} damaged request cannot be read|{n} damaged requests cannot be read',
  'validations.receivedTitle': 'Validations received',
  'validations.noneReceived': 'No validation received yet.',
  'validations.checking': 'Checking the signature…',
  'validations.by.validated': 'Validated by {trainer} ({organisation}) on {date}, fingerprint {fingerprint}',
  'validations.by.partial':
    'Partly validated by {trainer} ({organisation}) on {date}, fingerprint {fingerprint}',
  'validations.by.not-yet':
    'Not validated yet, according to {trainer} ({organisation}) on {date}, fingerprint {fingerprint}',
  'validations.verified': 'Signature verified.',
  'validations.notVerifiable':
    'Cannot be verified: this validation was changed or its signature does not match. Do not rely on it.',
  'validations.claimed': 'It claims to come from {trainer} ({organisation}).',
  'validations.levelLine': 'Level {n} of 4',
  'validations.methodLine': 'Method: {method}',
  'validations.method.situation': 'practical situation',
  'validations.method.internship-observation': 'observation during a work placement',
  'validations.method.test': 'test',
  'validations.method.portfolio': 'portfolio',
  'validations.method.interview': 'interview',
  'validations.method.other': 'other method',
  'validations.evidenceLine': 'What the trainer saw: {text}',
  'validations.commentLine': 'Comment: {text}',
  'validations.fingerprintHelp':
    'The fingerprint is a code that says who signed: the trainer, or the organisation that vouches for them. It always stays the same. To be sure a validation really comes from them, ask them to read you their fingerprint: it must be the same as the one written here.',
  'validations.hide': 'Hide',
  'validations.hideLabel': 'Hide the validation of “{competence}”',
  'validations.unhide': 'Show again',
  'validations.unhideLabel': 'Show again the validation of “{competence}”',
  'validations.hiddenNote': 'Hidden: it stays in the booklet but will not be shared.',
  'validations.hiddenTitle': '{n} hidden validation|{n} hidden validations',
  'validations.export': 'Save in a file',
  'validations.exportLabel': 'Save the validation of “{competence}” in a file',
  'validations.exported': 'File downloaded: {name}',
  'validations.onCompetence': 'Validations of this competence',
  'validations.deletedCompetence': 'Competence deleted from the booklet',
  'validations.noneOnCompetence': 'No validation for this competence yet.',
}
