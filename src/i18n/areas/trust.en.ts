// English messages of the trust area: same keys as trust.fr.ts.
import type { trustFr } from './trust.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the trust area. */
export const trustEn: AreaMessages<typeof trustFr> = {
  'trust.decision.validated': 'Validated',
  'trust.decision.partial': 'Partly validated',
  'trust.decision.not-yet': 'Not yet validated',
  'trust.remaining': 'Still to learn: {text}',
  'trust.trainerLevel': 'Level validated by the trainer: {n} of 4',
  'trust.selfLevel': 'Level given by the person themselves: {n} of 4',
  'trust.ownLevel': 'My level (my own view): {n} of 4',
  'trust.method': 'Method: {method}',
  'trust.by': 'By {trainer}, {organisation}, on {date}',
  'trust.checking': 'Checking the signature…',
  'trust.state.trusted-organisation': 'Signed by a trainer of an organisation you trust: {organisation}',
  'trust.state.unknown-organisation':
    'Valid signature, organisation unknown to you — fingerprint: {fingerprint} (check it with the organisation)',
  'trust.state.unknown-endorsed':
    'Valid signature, organisation unknown to you: {organisation} — fingerprint: {fingerprint} (check it with the organisation)',
  'trust.state.withdrawn': 'Withdrawn: this validation no longer counts',
  'trust.state.not-verifiable': 'Cannot be checked ({reason})',
  'trust.reason.edited': 'it was changed after it was signed',
  'trust.reason.not-holder': 'it is not about this person',
  'trust.reason.other-competence': 'it is about another competence',
  'trust.reason.credential-too-slow':
    'checking it took too long, it will be tried again next time it is opened',
  'trust.reason.signature': 'the signature does not match',
  'trust.checkedAt': 'Status checked on {date}',
  'trust.fingerprint': 'Signature fingerprint: {fingerprint}',
  'trust.howToCheck':
    'To check: open the proof file in Livret ("Receive" screen), or compare this fingerprint with the one the organisation shows you in person.',
  'trust.validationOf': 'Validation of "{competence}"',
  'trust.orgs.title': 'Trusted organisations',
  'trust.orgs.intro':
    'You decide whom you trust. A validation signed by an organisation on this list is called "trusted". At first the list is empty.',
  'trust.orgs.empty': 'No organisation yet.',
  'trust.orgs.line': '{name} — fingerprint {fingerprint}',
  'trust.orgs.viaFace': 'added in person',
  'trust.orgs.viaList': 'from the list "{list}"',
  'trust.orgs.remove': 'Remove',
  'trust.orgs.removeLabel': 'Stop trusting {name}',
  'trust.orgs.removed': '{name} is no longer one of your trusted organisations.',
  'trust.orgs.addTitle': 'Add an organisation',
  'trust.orgs.addIntro':
    'In person: scan the organisation’s code, or paste its link. Check the fingerprint together.',
  'trust.orgs.paste': 'The organisation’s link or code',
  'trust.orgs.check': 'Check',
  'trust.orgs.scan': 'Scan the code',
  'trust.orgs.confirm': 'Does the organisation show you the same fingerprint? {name} — {fingerprint}',
  'trust.orgs.confirmYes': 'Yes, trust it',
  'trust.orgs.added': '{name} is now one of your trusted organisations.',
  'trust.orgs.bad': 'This is not an organisation’s link. Nothing changed.',
  'trust.orgs.mismatch': 'The fingerprint does not match the key: do not trust it. Nothing changed.',
  'trust.orgs.listTitle': 'Import a trust list',
  'trust.orgs.listIntro':
    'A list signed by a network or a region. First you choose whether to trust its signer.',
  'trust.orgs.listFile': 'Choose the list file',
  'trust.orgs.listSigner':
    'List "{list}", signed by {signer} — fingerprint {fingerprint}. Trust this signer and its {n} organisations?',
  'trust.orgs.listYes': 'Yes, import the list',
  'trust.orgs.listDone': 'List "{list}" imported: {n} organisations.',
  'trust.orgs.listBad': 'This list is not valid (wrong signature or out of date). Nothing changed.',
  'trust.listError.trust-list-malformed': 'This file is not a readable trust list. Nothing changed.',
  'trust.listError.trust-list-too-large': 'This file is too large for a trust list. Nothing changed.',
  'trust.listError.trust-list-bad-signature':
    "This list's signature is wrong: it was changed or is not from its signer. Nothing changed.",
  'trust.listError.trust-list-wrong-signer':
    'This list has the name of a list you already have, but it is not signed by the signer you chose. Nothing changed.',
  'trust.listError.trust-list-not-yet-valid':
    'This list is not in force yet (its start date is still to come). Nothing changed.',
  'trust.listError.trust-list-expired':
    'This list is no longer in force (its end date has passed). Nothing changed.',
  'trust.listError.trust-list-not-newer':
    'You already have this version of the list, or a newer one. Nothing changed.',
  'trust.export.title': 'Proof of my validations',
  'trust.export.button': 'Save the proof (file)',
  'trust.export.intro':
    'A file with your signed validations, to give to a professional. They open it in Livret to check them.',
  'trust.proof.title': 'Proof file',
  'trust.proof.open': 'Open a proof file',
  'trust.proof.bad': 'This file is not a Livret proof file.',
}
