// French messages of the screens of issue 12 (proposals from a received booklet, the share's
// proposal permission, links routed from the receive screen); merged into fr.ts.

/** French messages of the issue 12 screens. */
export const screens12Fr = {
  'share.sheet.proposals': 'Cette personne peut me proposer des étapes pour mon plan',
  'share.sheet.proposalsHint':
    'Vous dites oui ou non à chaque étape proposée. Vous pouvez retirer cette permission dans « Propositions ».',
  'received.proposeSteps': 'Proposer des étapes',
  'received.proposeStepsHint':
    'La personne vous permet de lui proposer des étapes pour son plan. Elle dira oui ou non à chacune.',
  'received.proposeAsk':
    'Pour proposer des étapes, demandez à la personne de partager son livret en cochant « Cette personne peut me proposer des étapes », ou de vous montrer le code de ses propositions.',
  'links.receive.card': 'Carte d’une organisation',
  'links.receive.cardHint':
    'Ce code est la carte d’une organisation. Ajoutez-la à vos organisations de confiance.',
  'links.receive.trainerCard': 'Carte d’un formateur',
  'links.receive.trainerCardHint':
    'Ce code est la carte d’un formateur. Son organisation l’ouvre dans « Mon organisation » (mode formateur) pour le reconnaître.',
  'links.receive.endorsement': 'Reconnaissance d’un formateur',
  'links.receive.endorsementHint':
    'Ce code est une reconnaissance donnée à un formateur. Le formateur l’ouvre dans son espace « Formateur ».',
  'links.receive.trustList': 'Liste de confiance',
  'links.receive.trustListHint':
    'Ce fichier est une liste d’organisations de confiance. Ouvrez-la dans « Organisations de confiance ».',
  'links.receive.go': 'Continuer',
} as const
