// French messages of the devices screens (merged into fr.ts).

/** French messages of the devices screens. */
export const devicesFr = {
  'devices.intro':
    'Reliez votre ordinateur ou un autre téléphone : votre livret sera le même sur chacun. Si vous perdez un appareil, votre livret reste sur les autres.',
  'devices.status.synced': 'Synchronisé à {time}',
  'devices.status.offline': 'Hors ligne : vos changements partiront au retour du réseau.',
  'devices.status.offlineSince':
    'Hors ligne (dernière synchronisation à {time}) : vos changements partiront au retour du réseau.',
  'devices.status.connecting': 'Connexion à vos autres appareils…',
  'devices.status.moving': 'Mise à jour du lien avec vos autres appareils…',
  'devices.status.removed':
    "Cet appareil a été retiré de vos appareils. Ce qu'il contient reste ici, mais il ne reçoit plus rien.",
  'devices.status.unlinked':
    'Le lien avec vos autres appareils ne fonctionne plus. Pour le refaire, scannez un nouveau code.',
  'devices.status.off': "Cet appareil n'est relié à aucun autre.",
  'devices.pairTitle': 'Relier un autre appareil',
  'devices.pairStart': 'Relier un autre appareil',
  'devices.pairHelp':
    "Sur l'autre appareil, scannez ce code avec l'appareil photo, ou ouvrez le lien. Tout votre livret y sera copié, toujours chiffré.",
  'devices.secretWarning': 'Ce code ouvre tout votre livret : montrez-le seulement à vos propres appareils.',
  'devices.qrLabel': 'Code QR pour relier un autre appareil',
  'devices.linkLabel': 'Le lien, à ouvrir sur l’autre appareil',
  'devices.copy': 'Copier le lien',
  'devices.copied': 'Lien copié.',
  'devices.waiting': "En attente de l'autre appareil…",
  'devices.joined': '« {name} » est relié. Votre livret est maintenant sur vos deux appareils.',
  'devices.done': 'Terminé',
  'devices.cancel': 'Annuler ce code',
  'devices.cancelled': 'Ce code ne fonctionne plus.',
  'devices.listTitle': 'Appareils reliés',
  'devices.none': 'Aucun appareil relié pour le moment.',
  'devices.pending': 'Nouvel appareil (pas encore relié)',
  'devices.unnamed': 'Le premier appareil',
  'devices.pairedOn': 'Relié le {date}',
  'devices.lastSeen': 'Vu pour la dernière fois le {date} à {time}',
  'devices.remove': 'Retirer « {name} »',
  'devices.removeConfirm':
    "Retirer « {name} » ? Il ne recevra plus rien de votre livret. Ce qu'il a déjà reçu reste sur lui.",
  'devices.removeYes': 'Oui, retirer',
  'devices.removeNo': 'Non, garder',
  'devices.removing': 'Retrait en cours : vos autres appareils reçoivent une nouvelle clé…',
  'devices.removed': '« {name} » est retiré. Vos autres appareils continuent avec une nouvelle clé.',
  'devices.error.offline': 'Pas de connexion au serveur. Connectez-vous à internet puis réessayez.',
  'devices.error.generic': "Cela n'a pas marché. Rien n'a changé. Réessayez dans un moment.",
  'devices.memberText': 'Cet appareil est relié à vos autres appareils sous le nom « {name} ».',
  'devices.memberHelp':
    'Pour relier un nouvel appareil, utilisez celui qui a montré le code. Un appareil perdu ? Retirez-le dans la liste ci-dessous, depuis n’importe lequel de vos appareils.',
  'devices.leave': 'Ne plus synchroniser cet appareil',
  'devices.leaveHelp':
    "Cet appareil garde le livret tel qu'il est, mais ne reçoit plus les changements de vos autres appareils.",
  'devices.left': 'Cet appareil ne se synchronise plus.',
  'devices.join.intro':
    'Votre livret va être copié sur cet appareil, chiffré, puis restera à jour sur vos appareils.',
  'devices.join.name': 'Nom de cet appareil',
  'devices.join.nameHint':
    'Par exemple : ordinateur de la maison. Ce nom apparaît dans la liste de vos appareils.',
  'devices.join.nameMissing': 'Écrivez un nom pour cet appareil.',
  'devices.join.mergeWarning':
    "Cet appareil a déjà un livret. Les deux livrets seront réunis en un seul : rien n'est effacé, tout ce qui est sur l'un ou l'autre se retrouvera sur les deux.",
  'devices.join.submit': 'Relier cet appareil',
  'devices.join.submitMerge': 'Réunir les livrets et relier',
  'devices.join.working': 'Connexion et copie du livret…',
  'devices.join.done': "C'est fait : cet appareil est relié. Votre livret est à jour.",
  'devices.join.open': 'Ouvrir mon livret',
  'devices.join.already': 'Cet appareil est déjà relié à ce livret.',
  'devices.join.replace':
    'Cet appareil est déjà relié à d’autres appareils. En continuant, il sera relié à ce livret-ci à la place.',
  'devices.join.noLink':
    'Ouvrez cette page avec le lien ou le code QR affiché sur votre autre appareil (Mes appareils → Relier un autre appareil).',
  'devices.join.newCode':
    'Demandez un nouveau code sur votre autre appareil (Mes appareils → Relier un autre appareil).',
  'devices.join.error.link-malformed': 'Ce lien est incomplet ou abîmé.',
  'devices.join.error.link-bad-token': "Ce lien a été modifié : il n'est pas accepté.",
  'devices.join.error.link-wrong-role': 'Ce lien ne sert pas à relier un appareil.',
  'devices.join.error.link-expired': 'Ce lien a expiré.',
  'devices.join.error.link-bad-key': 'La clé de ce lien ne correspond pas : le lien a été modifié.',
  'devices.join.error.mailbox-not-offered':
    "Ce lien ne correspond à aucun code montré en ce moment. Vérifiez que l'autre appareil est connecté à internet et montre toujours le code.",
  'devices.join.error.token-revoked': 'Ce code a été annulé.',
  'devices.join.error.room-gone': 'Ce code ne fonctionne plus.',
  'devices.join.error.relay-unreachable':
    'Pas de connexion au serveur. Connectez-vous à internet puis réessayez.',
  'devices.join.error.generic': "La connexion n'a pas marché. Rien n'a changé sur cet appareil.",
} as const
