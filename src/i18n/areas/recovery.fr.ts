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
}
