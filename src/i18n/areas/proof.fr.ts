// French messages of the holder's validations shown everywhere (competences, home, print) and of the
// proof handed to a professional as a file or a QR code (issue 11 points 1 and 6; merged into fr.ts).

/** French messages of the proof area. */
export const proofFr = {
  'proof.myLevel': 'Mon niveau : {n} sur 4 ({label})',
  'proof.trainerLevelSeen': 'Niveau constaté par le formateur : {n} sur 4',
  'proof.evidence': 'Ce que le formateur a vu : {text}',
  'proof.comment': 'Commentaire du formateur : {text}',
  'proof.howToCheck':
    'Pour vérifier : demandez à la personne sa preuve (code QR, lien ou fichier) et ouvrez-la dans Livret, écran « Recevoir un livret » ; ou demandez à l’organisation de vous montrer son empreinte en face à face : elle doit être la même qu’ici.',
  'proof.withdrawnDecision': 'Retirée — c’était : {decision}',
  'proof.unverifiedDecision': 'Ne vous y fiez pas — elle dit : {decision}',
  'proof.paper.trusted':
    'Signature correcte — formateur de {organisation}, une organisation de confiance pour la personne',
  'proof.paper.unknown':
    'Signature correcte — empreinte : {fingerprint} (à vérifier auprès de l’organisation)',
  'proof.paper.unknownEndorsed':
    'Signature correcte — organisation : {organisation}, empreinte : {fingerprint} (à vérifier auprès de l’organisation)',
  'proof.recipientLabel': 'Pour qui ? (nom du professionnel ou de l’organisation)',
  'proof.recipientNone': 'Écrivez pour qui est la preuve.',
  'proof.homeTitle': 'Mes validations',
  'proof.homeCount':
    '{n} compétence avec une validation d’un formateur|{n} compétences avec une validation d’un formateur',
  'proof.homeAll': 'Toutes mes validations',
  'proof.title': 'Donner la preuve de mes validations',
  'proof.intro':
    'Choisissez les validations. Le professionnel les vérifie dans Livret : qui a validé, pour quelle organisation, et si la validation compte toujours.',
  'proof.pick': 'Quelles validations ?',
  'proof.pickNone': 'Choisissez au moins une validation.',
  'proof.fileButton': 'Enregistrer la preuve (fichier)',
  'proof.qrButton': 'Montrer la preuve (code QR)',
  'proof.making': 'Préparation de la preuve…',
  'proof.failed':
    'La preuve n’a pas pu être préparée (pas de connexion ?). Réessayez, ou enregistrez le fichier.',
  'proof.qrTitle': 'Montrez ce code au professionnel',
  'proof.qrIntro':
    'Il le scanne, ou colle le lien dans Livret, écran « Recevoir un livret ». Il verra ces compétences, leurs validations et votre prénom. Rien d’autre.',
  'proof.qrLabel': 'Code QR de la preuve de mes validations',
  'proof.revokeHint': 'Vous pouvez arrêter ce partage à tout moment dans « Partager ».',
  'proof.done': 'Terminé',
} as const
