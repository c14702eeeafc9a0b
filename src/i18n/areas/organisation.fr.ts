// French messages of the organisation role (issue #11 point 3), of the trainer's card, endorsements and
// history of signed results with their withdrawal (point 5) (merged into fr.ts).

/** French messages of the organisation area. */
export const organisationFr = {
  'nav.organisation': 'Mon organisation',
  'org.intro':
    'Ici, votre organisation se porte garante de ses formateurs, en face à face. Les professionnels qui font confiance à votre organisation sauront que leurs validations comptent.',
  'org.createTitle': 'Créer l’identité de l’organisation',
  'org.createIntro':
    'Une clé de signature est créée sur cet appareil pour l’organisation. Elle ne le quitte pas, sauf dans la sauvegarde.',
  'org.name': 'Nom de l’organisation',
  'org.domain': 'Site web de l’organisation (facultatif, par exemple cisp-tremplin.be)',
  'org.create': 'Créer l’identité',
  'org.created': 'Identité de l’organisation créée. Pensez à la sauvegarder.',
  'org.damaged':
    'L’identité d’organisation enregistrée sur cet appareil est abîmée. Effacez-la pour en créer une nouvelle.',
  'org.forget': 'Effacer l’identité abîmée',
  'org.identityTitle': 'Notre organisation',
  'org.fingerprint': 'Empreinte de l’organisation',
  'org.didWeb': 'Nom sur le web : {did}',
  'org.cardTitle': 'Notre carte, à montrer aux professionnels',
  'org.cardIntro':
    'Un professionnel scanne ce code (ou colle le texte) dans « Organisations de confiance », puis vérifie l’empreinte avec vous.',
  'org.cardText': 'Code de l’organisation (texte à copier)',
  'org.copy': 'Copier le texte',
  'org.copied': 'Texte copié.',
  'org.endorseTitle': 'Se porter garant d’un formateur',
  'org.endorseIntro':
    'En face à face : le formateur vous montre sa carte (code QR ou texte). Vous vérifiez son empreinte avec lui, puis vous signez.',
  'org.trainerCard': 'Carte du formateur (texte collé)',
  'org.readCard': 'Lire la carte',
  'org.cardBad': 'Ce n’est pas la carte d’un formateur. Rien n’a changé.',
  'org.cardOrg': 'C’est la carte d’une organisation, pas d’un formateur.',
  'org.confirmTrainer': 'Le formateur vous montre-t-il la même empreinte ? {name} — {fingerprint}',
  'org.validity': 'Garantie valable',
  'org.validity.6': '6 mois',
  'org.validity.12': '1 an',
  'org.validity.24': '2 ans',
  'org.sign': 'Oui, signer la garantie',
  'org.signing': 'Signature en cours…',
  'org.signed':
    'Garantie signée pour {name}. Montrez-lui ce code ou donnez-lui le texte : il l’ajoute sur son appareil.',
  'org.handoverQr': 'Code QR de la garantie pour {name}',
  'org.handoverText': 'Garantie pour le formateur (texte à copier)',
  'org.givenTitle': 'Garanties données',
  'org.givenNone': 'Aucune garantie pour l’instant.',
  'org.givenLine': '{name} — empreinte {fingerprint}',
  'org.givenUntil': 'Valable jusqu’au {date}',
  'org.givenWithdrawn': 'Retirée le {date}',
  'org.givenExpired': 'Expirée le {date}',
  'org.withdraw': 'Retirer la garantie',
  'org.withdrawLabel': 'Retirer la garantie de {name}',
  'org.withdrawConfirm':
    'Retirer la garantie de {name} ? Ses validations ne seront plus « d’une organisation de confiance ».',
  'org.withdrawYes': 'Oui, retirer',
  'org.cancel': 'Annuler',
  'org.withdrawn': 'Garantie de {name} retirée.',
  'org.backupTitle': 'Sauvegarder l’identité de l’organisation',
  'org.backupIntro':
    'Sans sauvegarde, si cet appareil est perdu, la clé de l’organisation est perdue : toutes les garanties devront être refaites.',
  'org.backedUp': 'Fichier {name} téléchargé. Gardez-le hors de cet appareil, avec son mot de passe.',
  'org.validateTitle': 'Valider vous-même',
  'org.validateIntro':
    'L’organisation peut aussi signer des validations. Ouvrez le lien de demande de la personne : vous choisirez de signer au nom de l’organisation.',
  'org.error.invalid': 'Vérifiez le nom et le site web.',
  'org.error.failed': 'Cela n’a pas pu être fait. Réessayez.',
  'publish.pending': 'Pas encore publié : ce sera publié dès que la connexion revient.',
  'publish.done': 'Publié : les professionnels le verront à leur prochaine vérification.',
  'publish.refused': 'Le serveur a refusé la publication. Réessayez plus tard.',
  'card.title': 'Ma carte de formateur',
  'card.intro':
    'Montrez ce code à votre organisation (ou donnez-lui le texte). Elle vérifie votre empreinte et se porte garante de vous.',
  'card.text': 'Ma carte (texte à copier)',
  'endorsed.title': 'Garanties de mon organisation',
  'endorsed.none':
    'Aucune garantie pour l’instant. Sans elle, vos validations sont « d’une organisation inconnue ».',
  'endorsed.line': '{organisation} — empreinte {fingerprint}, valable jusqu’au {date}',
  'endorsed.expired': '{organisation} — garantie expirée le {date}',
  'endorsed.carried': 'Chaque validation que vous signez emporte cette garantie.',
  'endorsed.add': 'Garantie reçue (lien, code à 15 chiffres ou texte)',
  'endorsed.check': 'Ajouter la garantie',
  'endorsed.added': 'Garantie de {organisation} ajoutée (empreinte {fingerprint}).',
  'endorsed.error.other': 'Cette garantie est pour un autre formateur. Rien n’a changé.',
  'endorsed.error.expired': 'Cette garantie est expirée ou pas encore valable. Rien n’a changé.',
  'endorsed.error.bad':
    'Ce texte n’est pas une garantie valable (signature fausse ou texte abîmé). Rien n’a changé.',
  'endorsed.error.gone':
    'Ce code a déjà servi ou a expiré. Demandez un nouveau code à l’organisation. Rien n’a changé.',
  'endorsed.error.offline':
    'Le serveur ne répond pas. Réessayez quand le réseau revient, ou collez le texte de la garantie. Rien n’a changé.',
  'history.title': 'Validations signées',
  'history.none': 'Aucune validation signée sur cet appareil.',
  'history.line': '{competence} — {status}, signée le {date} (pour {recipient})',
  'history.withdrawnOn': 'Retirée le {date}',
  'history.withdraw': 'Retirer cette validation',
  'history.withdrawLabel': 'Retirer la validation « {competence} »',
  'history.why': 'Pourquoi ?',
  'history.why.mistake': 'Une erreur',
  'history.why.fraud': 'Une fraude',
  'history.confirm':
    'Retirer « {competence} » ? Elle ne comptera plus, pour personne. On ne peut pas l’annuler.',
  'history.withdrawYes': 'Oui, retirer la validation',
  'history.withdrawn': 'Validation « {competence} » retirée.',
  'history.notWithdrawable':
    'Cette validation a été signée avant les retraits : elle ne peut pas être retirée.',
  'history.lostTitle': 'Ma clé est perdue ou volée',
  'history.lostIntro':
    'Si quelqu’un d’autre a pu copier votre clé, retirez tout ce qu’elle a signé. Ensuite, créez une nouvelle identité.',
  'historyLost.button': 'Retirer tout ce que cette clé a signé',
  'historyLost.confirm':
    'Retirer toutes les validations signées avec cette clé ? Elles ne compteront plus. On ne peut pas l’annuler.',
  'historyLost.yes': 'Oui, tout retirer',
  'history.lostDone': 'Tout ce que cette clé a signé est retiré.',
  'history.lostMissing':
    'La liste de retrait de cette clé n’est pas sur cet appareil : utilisez l’appareil où vous avez signé.',
  'sign.as': 'Je signe au nom de',
  'sign.asMe': 'Moi, {name}',
  'sign.asOrganisation': 'L’organisation, {name}',
} as const
