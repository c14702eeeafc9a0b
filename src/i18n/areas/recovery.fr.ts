// French messages of restoring on a new device and of keeping the booklet (merged into fr.ts).

/** French messages of restore summaries and of the eviction warning. */
export const recoveryFr = {
  'recovery.contains': 'Ce fichier contient aussi : {list}.',
  'recovery.brought': 'Revenu sur cet appareil : le livret, {list}.',
  'recovery.broughtBookletOnly': 'Revenu sur cet appareil : le livret.',
  'recovery.kind.share': '{n} partage|{n} partages',
  'recovery.kind.validation-request': '{n} demande de validation|{n} demandes de validation',
  'recovery.kind.proposal-inbox': '{n} boîte de propositions|{n} boîtes de propositions',
  'recovery.kind.proposal-capability': '{n} lien de proposition|{n} liens de proposition',
  'recovery.kind.received': '{n} livret reçu|{n} livrets reçus',
  'recovery.kind.other': '{n} autre élément|{n} autres éléments',
  'recovery.evictTitle': 'Votre livret peut être effacé',
  'recovery.evictText':
    "Sur cet appareil, le navigateur peut effacer le livret si l'application n'est pas installée et que vous ne l'ouvrez pas pendant 7 jours. Installez l'application, ou faites une sauvegarde.",
  'recovery.evictInstall': "Installer l'application",
  'recovery.evictHowTo':
    "Sur iPhone ou iPad : touchez le bouton « Partager », puis « Sur l'écran d'accueil ».",
  'recovery.sheetTitle': 'Feuille de secours',
  'recovery.sheetIntro':
    "Si vous perdez cet appareil, cette feuille ramène tout votre livret sur un autre appareil, sans rien d'autre. Une copie scellée est gardée sur le serveur : personne ne peut la lire sans la feuille.",
  'recovery.sheetCreate': 'Créer ma feuille de secours',
  'recovery.sheetReplace': "Faire une nouvelle feuille (l'ancienne ne marchera plus)",
  'recovery.sheetCode': 'Votre code de secours',
  'recovery.sheetKeep':
    'Écrivez ce code ou imprimez la feuille. Gardez-la à la maison, à part de cet appareil.',
  'recovery.sheetPrint': 'Voir la feuille à imprimer',
  'recovery.sheetPrintNow': 'Imprimer',
  'recovery.sheetClose': 'Fermer',
  'recovery.sheetPrintTitle': 'Ma feuille de secours Livret',
  'recovery.sheetSteps':
    'Sur un nouvel appareil : ouvrez Livret, allez dans « Sauvegarde », puis « Restaurer avec ma feuille de secours ». Tapez le code ou scannez le code QR.',
  'recovery.sheetHome': 'Gardez cette feuille à la maison. Ne la donnez à personne.',
  'recovery.sheetQr': 'Code QR de la feuille de secours',
  'recovery.sheetBusy': 'Copie scellée en cours…',
  'recovery.sheetMade': 'Feuille de secours prête. La copie scellée est à jour.',
  'recovery.restoreTitle': 'Restaurer avec ma feuille de secours',
  'recovery.restoreCode': 'Le code de votre feuille de secours',
  'recovery.restoreHint': '28 lettres et chiffres, par groupes de 4.',
  'recovery.restoreButton': 'Ramener mon livret',
  'recovery.restoreBusy': 'Recherche du livret…',
  'recovery.restored':
    "Votre livret est revenu. L'ancienne feuille ne marche plus : voici votre nouvelle feuille, imprimez-la.",
  'recovery.error.sheet-malformed': 'Ce code est incomplet : il faut 28 lettres et chiffres.',
  'recovery.error.sheet-mistyped': 'Une lettre ou un chiffre est mal tapé. Vérifiez le code.',
  'recovery.error.sheet-replaced':
    'Cette feuille a été remplacée par une plus récente : elle ne marche plus. Prenez la dernière feuille.',
  'recovery.error.sheet-empty': "Aucun livret n'est gardé pour ce code. Vérifiez le code.",
  'recovery.error.relay-unreachable': 'Le serveur ne répond pas. Vérifiez la connexion, puis réessayez.',
  'recovery.error.unknown': "Cela n'a pas marché. Réessayez plus tard.",
  'recovery.offerTitle': 'Garder votre livret à l’abri ?',
  'recovery.offerText':
    'Si vous perdez cet appareil, votre livret peut revenir sur un autre appareil. Pour cela, une copie fermée à clé est gardée sur le serveur de Livret : personne ne peut la lire. Vous recevez une feuille de secours : un code à noter ou à imprimer.',
  'recovery.offerYes': 'Oui, garder une copie',
  'recovery.offerNo': 'Non merci',
  'recovery.offerBusy': 'Copie fermée à clé en cours…',
  'recovery.offerDone':
    'C’est fait : votre livret est gardé, fermé à clé. Notez ce code ou imprimez la feuille.',
  'recovery.offerDeclined': 'D’accord. Vous pourrez le faire plus tard dans « Sauvegarde ».',
  'recovery.offerClose': 'J’ai noté mon code',
}
