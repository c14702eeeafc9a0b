// French messages of signing-key safety (issue #11 points 5 and 7): the PIN that wraps a key where the
// browser cannot keep it itself, restoring an organisation, what a backup carries to withdraw from
// another device, and the long QR code shown offline (merged into fr.ts).

/** French messages of the keys area. */
export const keysFr = {
  'pin.title': 'Un code pour protéger la clé',
  'pin.why':
    'Ce navigateur ne sait pas garder une clé de signature à l’abri tout seul. Choisissez un code d’au moins 6 chiffres ou lettres : la clé est gardée chiffrée avec ce code, jamais en clair. Livret vous le demandera au moment de signer, une fois par session. Sans ce code, la clé ne sert à rien : notez-le en lieu sûr.',
  'pin.label': 'Code de la clé (au moins 6 caractères)',
  'pin.confirm': 'Le même code, encore une fois',
  'pin.short': 'Le code doit compter au moins 6 caractères.',
  'pin.mismatch': 'Les deux codes ne sont pas les mêmes.',
  'pin.askTitle': 'Déverrouiller la clé de signature',
  'pin.askIntro':
    'Pour signer, tapez le code qui protège votre clé sur cet appareil. Il ne sera pas redemandé pendant 15 minutes, tant que la page reste ouverte.',
  'pin.askLabel': 'Code de la clé',
  'pin.unlock': 'Déverrouiller',
  'pin.cancel': 'Annuler',
  'pin.checking': 'Vérification du code…',
  'pin.wrong': 'Ce code ne correspond pas à la clé. Rien n’a été signé. Vérifiez-le et réessayez.',
  'pin.locked': 'La clé est restée verrouillée : rien n’a été signé.',
  'trainerRestore.error.backup-other-kind':
    'Ce fichier est la sauvegarde d’une organisation, pas d’un formateur. Restaurez-le sur l’écran « Mon organisation ».',
  'orgRestore.title': 'Restaurer l’organisation depuis une sauvegarde',
  'orgRestore.intro':
    'Depuis le fichier de sauvegarde de l’organisation. Rien ne change sur cet appareil tant que le fichier n’est pas vérifié.',
  'orgRestore.error.invalid-file': 'Ce fichier n’est pas une sauvegarde d’organisation Livret.',
  'orgRestore.error.backup-other-kind':
    'Ce fichier est la sauvegarde d’un formateur, pas d’une organisation. Restaurez-le sur l’écran « Formateur ».',
  'orgRestore.error.backup-passphrase-wrong':
    'Ce mot de passe ne correspond pas à ce fichier. Vérifiez-le et réessayez.',
  'orgRestore.error.backup-tampered': 'Ce fichier est abîmé ou a été modifié : il ne peut pas être utilisé.',
  'orgRestore.error.unknown': 'Le fichier n’a pas pu être lu.',
  'orgRestore.found': 'Fichier valable : {name}, empreinte {fingerprint}.',
  'orgRestore.replace':
    'Cette organisation remplacera celle de cet appareil (empreinte {fingerprint}). Les attestations déjà données restent valables.',
  'orgRestore.same': 'C’est déjà l’organisation de cet appareil.',
  'orgRestore.use': 'Utiliser cette organisation',
  'orgRestore.done': 'Organisation restaurée.',
  'issued.inBackup':
    'La sauvegarde contient aussi la liste de ce que cette clé a signé : depuis un autre appareil, vous pourrez tout retirer si la clé est perdue.',
  'issued.found': 'Le fichier contient aussi {count} signature(s) de cette clé et sa liste de retrait.',
  'orgLost.title': 'Clé perdue ou volée',
  'orgLost.intro':
    'Si la clé de l’organisation est perdue ou volée, retirez tout ce qu’elle a signé : attestations de formateurs et validations. Les professionnels le verront à leur prochaine vérification.',
  'orgLost.button': 'Tout retirer',
  'orgLost.confirm': 'Tout ce que cette clé a signé ne comptera plus. C’est définitif. Continuer ?',
  'orgLost.yes': 'Oui, tout retirer',
  'orgLost.done': 'Tout ce que cette clé a signé est retiré.',
  'handover.offlineLong': 'Hors ligne : code long, à scanner de près.',
} as const
