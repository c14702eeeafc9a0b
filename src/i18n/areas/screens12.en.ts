// English messages of the screens of issue 12: same keys as screens12.fr.ts.
import type { screens12Fr } from './screens12.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the issue 12 screens. */
export const screens12En: AreaMessages<typeof screens12Fr> = {
  'share.sheet.proposals': 'This person may propose steps for my plan',
  'share.sheet.proposalsHint':
    'You say yes or no to each proposed step. You can take this permission back in “Proposals”.',
  'received.proposeSteps': 'Propose steps',
  'received.proposeStepsHint':
    'This person lets you propose steps for their plan. They will say yes or no to each one.',
  'received.proposeAsk':
    'To propose steps, ask the person to share their booklet with “This person may propose steps” ticked, or to show you the code of their proposals.',
  'links.receive.card': 'Card of an organisation',
  'links.receive.cardHint': 'This code is the card of an organisation. Add it to your trusted organisations.',
  'links.receive.trainerCard': 'Card of a trainer',
  'links.receive.trainerCardHint':
    'This code is the card of a trainer. Their organisation opens it in “My organisation” (trainer mode) to recognise them.',
  'links.receive.endorsement': 'Recognition of a trainer',
  'links.receive.endorsementHint':
    'This code is a recognition given to a trainer. The trainer opens it in their “Trainer” space.',
  'links.receive.trustList': 'Trust list',
  'links.receive.trustListHint':
    'This file is a list of trusted organisations. Open it in “Trusted organisations”.',
  'links.receive.go': 'Continue',
}
