// French messages of the mode choice and the menu entries of the sharing, operator and trainer screens.

/** French messages of the mode choice and the new menu entries. */
export const modeFr = {
  'nav.share': 'Partager',
  'nav.validations': 'Faire valider',
  'nav.proposals': 'Propositions',
  'nav.devices': 'Mes appareils',
  'nav.received': 'Livrets reçus',
  'nav.receive': 'Recevoir un livret',
  'nav.openShare': 'Livret reçu',
  'nav.propose': 'Proposer au plan',
  'nav.trainer': 'Formateur',
  'nav.validate': 'Valider des compétences',
  'nav.pair': 'Relier cet appareil',
  'mode.title': 'Qui utilise Livret sur cet appareil ?',
  'mode.text': 'Vous pourrez changer ce choix dans les réglages.',
  'mode.holder': 'Moi, pour mon parcours',
  'mode.holderHint': 'Je garde mon livret et je choisis ce que je partage.',
  'mode.operator': 'Un ou une professionnelle',
  'mode.operatorHint': 'Je reçois les livrets que des personnes me partagent.',
  'mode.trainer': 'Un formateur ou une formatrice',
  'mode.trainerHint': 'Je valide les compétences des personnes que je forme.',
  'mode.settings': 'Utilisation',
  'mode.settingsHelp': 'Qui utilise Livret sur cet appareil ?',
} as const
