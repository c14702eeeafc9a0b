// English messages of the proof area: same keys as proof.fr.ts.
import type { proofFr } from './proof.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the proof area. */
export const proofEn: AreaMessages<typeof proofFr> = {
  'proof.myLevel': 'My level: {n} of 4 ({label})',
  'proof.trainerLevelSeen': 'Level seen by the trainer: {n} of 4',
  'proof.evidence': 'What the trainer saw: {text}',
  'proof.comment': 'Trainer’s comment: {text}',
  'proof.howToCheck':
    'To check: ask the person for their proof (QR code, link or file) and open it in Livret, "Receive a booklet" screen; or ask the organisation to show you its fingerprint face to face: it must be the same as here.',
  'proof.withdrawnDecision': 'Withdrawn — it was: {decision}',
  'proof.unverifiedDecision': 'Do not rely on it — it says: {decision}',
  'proof.paper.trusted': 'Valid signature — trainer of {organisation}, an organisation the person trusts',
  'proof.paper.unknown': 'Valid signature — fingerprint: {fingerprint} (to check with the organisation)',
  'proof.paper.unknownEndorsed':
    'Valid signature — organisation: {organisation}, fingerprint: {fingerprint} (to check with the organisation)',
  'proof.recipientLabel': 'For whom? (name of the professional or the organisation)',
  'proof.recipientNone': 'Write whom the proof is for.',
  'proof.homeTitle': 'My validations',
  'proof.homeCount': '{n} competence with a trainer’s validation|{n} competences with a trainer’s validation',
  'proof.homeAll': 'All my validations',
  'proof.title': 'Give proof of my validations',
  'proof.intro':
    'Choose the validations. The professional checks them in Livret: who validated, for which organisation, and whether the validation still counts.',
  'proof.pick': 'Which validations?',
  'proof.pickNone': 'Choose at least one validation.',
  'proof.fileButton': 'Save the proof (file)',
  'proof.qrButton': 'Show the proof (QR code)',
  'proof.making': 'Preparing the proof…',
  'proof.failed': 'The proof could not be prepared (no connection?). Try again, or save the file.',
  'proof.qrTitle': 'Show this code to the professional',
  'proof.qrIntro':
    'They scan it, or paste the link in Livret, "Receive a booklet" screen. They will see these competences, their validations and your first name. Nothing else.',
  'proof.qrLabel': 'QR code of the proof of my validations',
  'proof.revokeHint': 'You can stop this share at any time in "Share".',
  'proof.done': 'Done',
}
