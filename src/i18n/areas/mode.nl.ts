// Dutch messages of the mode choice and the new menu entries: same keys as mode.fr.ts.
import type { modeFr } from './mode.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the mode choice and the new menu entries. */
export const modeNl: AreaMessages<typeof modeFr> = {
  'nav.share': 'Delen',
  'nav.validations': 'Laten valideren',
  'nav.proposals': 'Voorstellen',
  'nav.devices': 'Mijn toestellen',
  'nav.received': 'Ontvangen boekjes',
  'nav.receive': 'Een boekje ontvangen',
  'nav.openShare': 'Ontvangen boekje',
  'nav.propose': 'Voorstellen voor het plan',
  'nav.trainer': 'Opleider',
  'nav.validate': 'Competenties valideren',
  'nav.pair': 'Dit toestel koppelen',
  'mode.title': 'Wie gebruikt Livret op dit toestel?',
  'mode.text': 'Je kunt deze keuze later wijzigen in de instellingen.',
  'mode.holder': 'Ikzelf, voor mijn traject',
  'mode.holderHint': 'Ik bewaar mijn boekje en kies wat ik deel.',
  'mode.operator': 'Een professional',
  'mode.operatorHint': 'Ik ontvang de boekjes die mensen met mij delen.',
  'mode.trainer': 'Een opleider',
  'mode.trainerHint': 'Ik valideer de competenties van de mensen die ik opleid.',
  'mode.settings': 'Gebruik',
  'mode.settingsHelp': 'Wie gebruikt Livret op dit toestel?',
}
