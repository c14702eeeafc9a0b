// French messages of the share screens (merged into fr.ts).

/** French messages of the share screens. */
export const shareFr = {
  // Share list
  'share.list.title': 'Mes partages',
  'share.list.intro':
    'Vous choisissez ce que vous montrez, à qui, et pour combien de temps. Vous pouvez arrêter un partage à tout moment.',
  'share.list.new': 'Nouveau partage',
  'share.list.none': "Vous n'avez encore rien partagé.",
  'share.list.active': 'Partages en cours',
  'share.list.ended': 'Partages terminés',
  'share.list.endedHelp': 'Ils restent ici {days} jours, puis ils sont effacés de cet appareil.',
  'share.list.damaged':
    '{n} partage ne peut pas être lu sur cet appareil.|{n} partages ne peuvent pas être lus sur cet appareil.',
  'share.list.loading': 'Chargement des partages…',
  'share.card.contains': 'Ce qui est partagé',
  'share.card.created': 'Créé le {date}',
  'share.card.expires': "Jusqu'au {date}",
  'share.card.revoked': 'Retiré le {date}',
  'share.card.expired': 'Terminé le {date}',
  'share.card.statusActive': 'En cours',
  'share.card.statusEnded': 'Terminé',
  'share.card.following': 'Suit votre livret en ce moment.',
  'share.card.notFollowing': 'Suivra votre livret dès que le serveur répond.',
  'share.card.opened': 'Ouvert',
  'share.card.openedAt': 'le {date} à {time}',
  'share.card.neverOpened': 'Pas encore ouvert.',
  'share.card.checking': 'Vérification…',
  'share.card.openedUnknown': 'On ne peut pas le savoir sans connexion. Réessayez plus tard.',
  'share.card.show': 'Montrer le code',
  'share.card.extend': 'Prolonger de {days} jours',
  'share.card.revoke': 'Retirer le partage',
  'share.card.forget': 'Effacer de la liste',
  'share.card.nameFor': 'Partage avec {recipient}',
  'share.revoke.confirmTitle': 'Retirer le partage avec {recipient} ?',
  'share.revoke.confirmText':
    'Le lien ne marchera plus. Attention : ce que {recipient} a déjà ouvert, téléchargé ou imprimé reste chez {recipient}. On ne peut pas le reprendre.',
  'share.revoke.yes': 'Oui, retirer',
  'share.revoke.working': 'Retrait en cours…',
  'share.revoke.done':
    'Partage retiré. Le lien ne marche plus. Ce que {recipient} a déjà téléchargé reste chez {recipient}.',
  'share.revoke.failed':
    "Le partage n'est pas encore retiré : le serveur ne répond pas. Réessayez quand vous avez du réseau.",
  'share.extend.working': 'Prolongation en cours…',
  'share.extend.done':
    "Prolongé jusqu'au {date}. Un nouveau code a été créé : montrez-le à {recipient}. L'ancien lien marche jusqu'au {old}.",
  'share.extend.failed': "Le partage n'a pas pu être prolongé. Vérifiez la connexion puis réessayez.",
  'share.extend.tooFar': 'Ce partage dure déjà presque un an : il ne peut pas aller plus loin.',
  'share.mode.snapshot': 'Photo de maintenant',
  'share.mode.live': 'Suit mon livret',

  // Sections, as the sheet, the list and the preview name them
  'share.section.experiences': 'Expériences',
  'share.section.competences': 'Compétences',
  'share.section.validations': 'Validations',
  'share.section.projects': 'Projets',
  'share.section.objectives': "Plan d'action",
  'share.section.steps': 'Étapes du plan',
  'share.section.path': 'Parcours',
  'share.section.contacts': 'Contacts',
  'share.section.situation': 'Ma situation',
  'share.section.journal': 'Journal',
  'share.contents.all': '{section} : tout',
  'share.contents.some': '{section} : {n} élément|{section} : {n} éléments',
  'share.contents.profile': 'Sur moi : {fields}',

  // Share sheet
  'share.sheet.title': 'Nouveau partage',
  'share.sheet.intro': 'Choisissez ce que vous montrez. Rien n’est partagé si vous ne le cochez pas.',
  'share.sheet.name': 'Votre nom dans ce partage',
  'share.sheet.nameHint':
    'Le professionnel verra ce nom. Votre prénom est déjà écrit ; vous pouvez mettre autre chose, par exemple vos initiales.',
  'share.sheet.recipient': 'Avec qui ?',
  'share.sheet.recipientHint':
    'Le nom du service ou de la personne. Exemple : CPAS de Namur — service insertion.',
  'share.sheet.what': 'Quoi ?',
  'share.sheet.whatHelp': 'Cochez une partie entière, ou choisissez un par un.',
  'share.sheet.profile': 'Sur moi',
  'share.sheet.profileHelp':
    'Votre nom « {name} » est toujours montré. Le reste seulement si vous le cochez.',
  'share.sheet.all.experiences': 'Toutes mes expériences',
  'share.sheet.all.competences': 'Toutes mes compétences',
  'share.sheet.all.projects': 'Tous mes projets',
  'share.sheet.all.objectives': "Tout mon plan d'action",
  'share.sheet.all.path': 'Tout mon parcours',
  'share.sheet.all.contacts': 'Tous mes contacts',
  'share.sheet.allLive':
    'Dans un partage qui suit le livret, ce que vous ajouterez plus tard sera aussi montré.',
  'share.sheet.oneByOne': 'Choisir un par un ({n})',
  'share.sheet.empty': 'Rien ici pour le moment.',
  'share.sheet.sensitive': 'Informations privées',
  'share.sheet.sensitiveHelp':
    'Votre situation (santé, argent, logement…) et votre journal ne sont jamais partagés en entier.',
  'share.sheet.sensitiveOpen': 'Choisir des informations privées',
  'share.sheet.warningTitle': 'Attention : ce sont des informations privées',
  'share.sheet.warning':
    'Votre santé, vos dettes, votre logement ou votre famille vous regardent. Vous n’êtes pas obligé de les montrer. Cochez seulement ce qui aide vraiment, une chose à la fois.',
  'share.sheet.situation': 'Ma situation',
  'share.sheet.journal': 'Mon journal',
  'share.sheet.how': 'Comment ?',
  'share.sheet.modeLegend': 'Une photo, ou un partage qui suit ?',
  'share.sheet.snapshot': 'Une photo de maintenant (conseillé)',
  'share.sheet.snapshotHint':
    'La personne voit votre livret tel qu’il est aujourd’hui. Vos changements ne lui arrivent pas.',
  'share.sheet.live': 'Un partage qui suit mon livret',
  'share.sheet.liveHint':
    'Tant que le partage dure, la personne voit vos changements quand votre appareil est connecté.',
  'share.sheet.days': 'Pendant combien de jours ?',
  'share.sheet.daysHint': 'De 1 à 365 jours. Ensuite, le partage s’arrête tout seul.',
  'share.sheet.until': "Jusqu'au {date}.",
  'share.sheet.preview': 'Voir ce que la personne verra',
  'share.sheet.fix': 'Le partage n’est pas prêt. Corrigez ce qui est signalé.',
  'share.error.share-days': 'Écrivez un nombre de jours entre 1 et 365.',
  'share.error.nothing-picked': 'Cochez au moins une chose à partager.',
  'share.error.expiry-past': 'Écrivez un nombre de jours entre 1 et 365.',
  'share.error.expiry-too-far': 'Un partage dure au plus 365 jours.',

  // Preview
  'share.preview.title': 'Ce que {recipient} verra',
  'share.preview.intro': 'Vérifiez. Si quelque chose ne va pas, revenez en arrière pour changer votre choix.',
  'share.preview.name': 'Votre nom : {name}',
  'share.preview.profileFields': 'Sur vous : {fields}',
  'share.preview.onlyName': 'Pour le moment, seul votre nom sera montré.',
  'share.preview.more': 'et {n} autre|et {n} autres',
  'share.preview.missing': '{n} élément choisi n’existe plus.|{n} éléments choisis n’existent plus.',
  'share.preview.sensitive': 'Vous montrez aussi des informations privées.',
  'share.preview.mode': 'Type : {mode}',
  'share.preview.back': 'Changer mon choix',
  'share.preview.create': 'Créer le partage',

  // Handover
  'share.handover.title': 'Donner le partage',
  'share.handover.intro': 'Montrez ce code à {recipient} : la personne le scanne. Ou envoyez-lui le lien.',
  'share.handover.creating': 'Création du partage. Il est chiffré avant d’être envoyé…',
  'share.handover.progress': 'Création du partage',
  'share.handover.qr': 'Code QR du partage avec {recipient}',
  'share.handover.link': 'Le lien du partage',
  'share.handover.linkHelp': 'Ce lien ouvre votre partage. Donnez-le seulement à {recipient}.',
  'share.handover.copy': 'Copier le lien',
  'share.handover.copied': 'Lien copié.',
  'share.handover.copyFailed': 'La copie n’a pas marché. Sélectionnez le lien et copiez-le.',
  'share.handover.send': 'Envoyer le lien…',
  'share.handover.sendTitle': 'Mon livret',
  'share.handover.backToList': 'Voir mes partages',
  'share.handover.unreachable':
    'Le serveur de partage ne répond pas. Vérifiez la connexion internet, puis réessayez. Sans réseau, vous pouvez donner un fichier.',
  'share.handover.refused': 'Le serveur a refusé le partage. Réessayez plus tard.',
  'share.handover.invalid': 'Ce choix n’est plus valable. Recommencez le partage.',
  'share.handover.retry': 'Réessayer',
  'share.handover.missing':
    'Ce partage n’existe pas sur cet appareil. Un partage pas encore créé est perdu si la page est rechargée : recommencez.',
  'share.handover.ended': 'Ce partage est terminé. Le lien ne marche plus.',
  'share.handover.newShare': 'Faire un nouveau partage',

  // Offline file
  'share.file.title': 'Pas de réseau ? Donner un fichier',
  'share.file.intro':
    'Le fichier est chiffré. La personne l’ouvre dans Livret (mode professionnel), puis scanne le code de la clé. Sans la clé, personne ne peut le lire.',
  'share.file.noUndo': 'Attention : un fichier donné ne peut pas être retiré ni arrêté.',
  'share.file.make': 'Créer le fichier',
  'share.file.making': 'Création du fichier…',
  'share.file.saved': 'Fichier « {name} » enregistré. Donnez-le à {recipient}, puis montrez la clé.',
  'share.file.failed': 'Le fichier n’a pas pu être créé. Réessayez.',
  'share.file.keyQr': 'Code QR de la clé du fichier',
  'share.file.keyText': 'La clé, à recopier si le code ne se scanne pas :',
} as const
