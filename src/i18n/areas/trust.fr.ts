// French messages of a validation's display and of the trusted organisations screen (merged into fr.ts).

/** French messages of the trust area. */
export const trustFr = {
  'trust.decision.validated': 'Validé',
  'trust.decision.partial': 'Validé partiellement',
  'trust.decision.not-yet': 'Pas encore validé',
  'trust.remaining': 'Reste à acquérir : {text}',
  'trust.trainerLevel': 'Niveau validé par le formateur : {n} sur 4',
  'trust.selfLevel': 'Niveau donné par la personne elle-même : {n} sur 4',
  'trust.ownLevel': 'Mon niveau (mon avis) : {n} sur 4',
  'trust.method': 'Méthode : {method}',
  'trust.by': 'Par {trainer}, {organisation}, le {date}',
  'trust.checking': 'Vérification de la signature…',
  'trust.state.trusted-organisation':
    'Signée par un formateur d’une organisation de confiance : {organisation}',
  'trust.state.unknown-organisation':
    'Signature correcte, organisation inconnue de vous — empreinte : {fingerprint} (à vérifier auprès de l’organisation)',
  'trust.state.unknown-endorsed':
    'Signature correcte, organisation inconnue de vous : {organisation} — empreinte : {fingerprint} (à vérifier auprès de l’organisation)',
  'trust.state.withdrawn': 'Retirée : cette validation ne compte plus',
  'trust.state.not-verifiable': 'Impossible à vérifier ({reason})',
  'trust.reason.edited': 'elle a été modifiée après la signature',
  'trust.reason.not-holder': 'elle ne concerne pas cette personne',
  'trust.reason.other-competence': 'elle concerne une autre compétence',
  'trust.reason.credential-too-slow':
    'la vérification a pris trop de temps, elle sera refaite à la prochaine ouverture',
  'trust.reason.signature': 'la signature ne correspond pas',
  'trust.checkedAt': 'État vérifié le {date}',
  'trust.fingerprint': 'Empreinte de la signature : {fingerprint}',
  'trust.howToCheck':
    'Pour vérifier : ouvrez le fichier de preuve dans Livret (écran « Recevoir »), ou comparez cette empreinte avec celle que l’organisation vous montre en face à face.',
  'trust.validationOf': 'Validation de « {competence} »',
  'trust.orgs.title': 'Organisations de confiance',
  'trust.orgs.intro':
    'Vous décidez à qui vous faites confiance. Une validation signée par une organisation de cette liste est dite « de confiance ». Au départ, la liste est vide.',
  'trust.orgs.empty': 'Aucune organisation pour l’instant.',
  'trust.orgs.line': '{name} — empreinte {fingerprint}',
  'trust.orgs.viaFace': 'ajoutée en face à face',
  'trust.orgs.viaList': 'depuis la liste « {list} »',
  'trust.orgs.remove': 'Retirer',
  'trust.orgs.removeLabel': 'Ne plus faire confiance à {name}',
  'trust.orgs.removed': '{name} n’est plus dans vos organisations de confiance.',
  'trust.orgs.addTitle': 'Ajouter une organisation',
  'trust.orgs.addIntro':
    'En face à face : scannez le code de l’organisation, ou collez son lien. Vérifiez l’empreinte avec la personne.',
  'trust.orgs.paste': 'Lien ou code de l’organisation',
  'trust.orgs.check': 'Vérifier',
  'trust.orgs.scan': 'Scanner le code',
  'trust.orgs.confirm': 'L’organisation vous montre-t-elle la même empreinte ? {name} — {fingerprint}',
  'trust.orgs.confirmYes': 'Oui, faire confiance',
  'trust.orgs.added': '{name} est dans vos organisations de confiance.',
  'trust.orgs.bad': 'Ce n’est pas le lien d’une organisation. Rien n’a changé.',
  'trust.orgs.mismatch': 'L’empreinte ne correspond pas à la clé : ne faites pas confiance. Rien n’a changé.',
  'trust.orgs.listTitle': 'Importer une liste de confiance',
  'trust.orgs.listIntro':
    'Une liste signée par un réseau ou une région. Vous choisissez d’abord de faire confiance à celui qui l’a signée.',
  'trust.orgs.listFile': 'Choisir le fichier de la liste',
  'trust.orgs.listSigner':
    'Liste « {list} », signée par {signer} — empreinte {fingerprint}. Faire confiance à ce signataire et à ses {n} organisations ?',
  'trust.orgs.listYes': 'Oui, importer la liste',
  'trust.orgs.listDone': 'Liste « {list} » importée : {n} organisations.',
  'trust.orgs.listBad': 'Cette liste n’est pas valable (signature fausse ou date dépassée). Rien n’a changé.',
  'trust.listError.trust-list-malformed':
    'Ce fichier n’est pas une liste de confiance lisible. Rien n’a changé.',
  'trust.listError.trust-list-too-large':
    'Ce fichier est trop gros pour une liste de confiance. Rien n’a changé.',
  'trust.listError.trust-list-bad-signature':
    'La signature de cette liste est fausse : elle a été modifiée ou n’est pas de son signataire. Rien n’a changé.',
  'trust.listError.trust-list-wrong-signer':
    'Cette liste porte le nom d’une liste que vous avez déjà, mais elle n’est pas signée par le signataire que vous avez choisi. Rien n’a changé.',
  'trust.listError.trust-list-not-yet-valid':
    'Cette liste n’est pas encore en vigueur (date de début à venir). Rien n’a changé.',
  'trust.listError.trust-list-expired':
    'Cette liste n’est plus en vigueur (date de fin dépassée). Rien n’a changé.',
  'trust.listError.trust-list-not-newer':
    'Vous avez déjà cette version de la liste, ou une plus récente. Rien n’a changé.',
  'trust.export.title': 'Preuve de mes validations',
  'trust.export.button': 'Enregistrer la preuve (fichier)',
  'trust.export.intro':
    'Un fichier avec vos validations signées, à donner à un professionnel. Il l’ouvre dans Livret pour les vérifier.',
  'trust.proof.title': 'Fichier de preuve',
  'trust.proof.open': 'Ouvrir un fichier de preuve',
  'trust.proof.bad': 'Ce fichier n’est pas un fichier de preuve de Livret.',
} as const
