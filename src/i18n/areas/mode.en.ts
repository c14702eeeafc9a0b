// English messages of the mode choice and the new menu entries: same keys as mode.fr.ts.
import type { modeFr } from './mode.fr.ts'
import type { AreaMessages } from './types.ts'

/** English messages of the mode choice and the new menu entries. */
export const modeEn: AreaMessages<typeof modeFr> = {
  'nav.share': 'Share',
  'nav.validations': 'Get validated',
  'nav.proposals': 'Proposals',
  'nav.devices': 'My devices',
  'nav.received': 'Received booklets',
  'nav.receive': 'Receive a booklet',
  'nav.openShare': 'Received booklet',
  'nav.propose': 'Propose for the plan',
  'nav.trainer': 'Trainer',
  'nav.validate': 'Validate competences',
  'nav.pair': 'Link this device',
  'mode.title': 'Who uses Livret on this device?',
  'mode.text': 'You can change this later in the settings.',
  'mode.holder': 'Me, for my own path',
  'mode.holderHint': 'I keep my booklet and choose what I share.',
  'mode.operator': 'A professional',
  'mode.operatorHint': 'I receive the booklets people share with me.',
  'mode.trainer': 'A trainer',
  'mode.trainerHint': 'I validate the competences of the people I train.',
  'mode.settings': 'Use',
  'mode.settingsHelp': 'Who uses Livret on this device?',
}
