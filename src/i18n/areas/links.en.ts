// English messages of links and short codes: same keys as links.fr.ts.
import type { linksFr } from './links.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of links and short codes. */
export const linksEn: AreaMessages<typeof linksFr> = {
  'links.receive.intro':
    'Scan, paste or type what the person shows you: a booklet, a plan proposal, a validation request.',
  'links.code.title': 'Type a code',
  'links.code.hint': 'If the camera does not work, the person reads you a code of 15 digits.',
  'links.code.label': '15-digit code',
  'links.code.open': 'Open the code',
  'links.error.link-unknown': 'This is not a Livret link or code. Ask the person to show their code again.',
  'links.error.link-damaged': 'This Livret link is damaged or incomplete. Ask the person for a new code.',
  'links.error.handover-gone':
    'This code was already used or has expired: it works once, for one day. Ask for a new code.',
  'links.error.handover-tampered': 'This code matches nothing. Check the digits and try again.',
  'links.error.handover-malformed': 'This code is damaged. Ask the person for a new code.',
  'links.error.handover-refused': 'The server refused this code. Ask the person for a new code.',
  'links.error.rate-limited': 'Too many tries in a short time. Wait a minute and try again.',
  'links.error.relay-unreachable': 'The server does not answer. Check the connection and try again.',
  'links.opening.h': 'Opening the code…',
  'handover.preparing': 'Making the code…',
  'handover.codeTitle': 'If the camera does not work',
  'handover.codeHint': 'The other person chooses "Type a code" and types these 15 digits.',
  'handover.codeSpoken': 'Code: {code}',
  'handover.expires': 'This code works once, until {date}.',
  'handover.again': 'Make a new code',
  'handover.offline':
    'No connection to make a short code: here is the long code. It is harder for a camera to read.',
  'links.propose': 'Propose a step',
  'links.proposeHint': "Write a step for this person's plan. They decide.",
  'steps.legend': 'Step {n}: {title}',
  'steps.accept': 'Accept this step',
  'steps.refuse': 'Refuse this step',
  'steps.reason': 'Why refuse it? (if you wish)',
  'steps.send': 'Send my answers',
  'steps.chooseAll': 'Choose an answer for each step.',
  'steps.saved': 'Answers saved: the accepted steps are in your plan.',
  'steps.accepted': 'Step accepted',
  'steps.refused': 'Step refused',
  'steps.refusedBecause': 'Step refused: "{reason}"',
  'links.going.share': 'This is a shared booklet. It opens in “{screen}”.',
  'links.going.proposal': 'This is an invitation to propose steps. You are going to “{screen}”.',
  'links.going.validation': 'This is a validation request. You are going to “{screen}”.',
  'links.going.pairing': 'This is a link to pair a device. You are going to “{screen}”.',
  'links.going.endorsement': 'This is an endorsement for a trainer. You are going to “{screen}”.',
  'links.going.organisation': 'This is an organisation’s card. You are going to “{screen}”.',
  'links.going.trustList': 'This is a list of trusted organisations. You are going to “{screen}”.',
}
