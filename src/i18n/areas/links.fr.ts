// French messages of links and short codes: the receive screen's one way in, the short code shown
// next to a QR code, per-step answers on proposals (merged into fr.ts).

/** French messages of links and short codes. */
export const linksFr = {
  'links.receive.intro':
    'Scannez, collez ou tapez ce que la personne vous montre : un livret, une proposition de plan, une demande de validation.',
  'links.code.title': 'Taper un code',
  'links.code.hint': 'Si la caméra ne marche pas, la personne vous lit un code de 15 chiffres.',
  'links.code.label': 'Code à 15 chiffres',
  'links.code.open': 'Ouvrir le code',
  'links.error.link-unknown':
    "Ce n'est pas un lien ni un code Livret. Demandez à la personne de vous montrer son code encore une fois.",
  'links.error.link-damaged':
    'Ce lien Livret est abîmé ou incomplet. Demandez à la personne un nouveau code.',
  'links.error.handover-gone':
    'Ce code a déjà servi ou il a expiré : il marche une seule fois, pendant un jour. Demandez un nouveau code.',
  'links.error.handover-tampered': 'Ce code ne correspond à rien. Vérifiez les chiffres puis réessayez.',
  'links.error.handover-malformed': 'Ce code est abîmé. Demandez à la personne un nouveau code.',
  'links.error.handover-refused': 'Le serveur a refusé ce code. Demandez à la personne un nouveau code.',
  'links.error.rate-limited': "Trop d'essais en peu de temps. Attendez une minute puis réessayez.",
  'links.error.relay-unreachable': 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.',
  'links.opening.h': 'Ouverture du code…',
  'handover.preparing': 'Préparation du code…',
  'handover.codeTitle': 'Si la caméra ne marche pas',
  'handover.codeHint': "L'autre personne choisit « Taper un code » et tape ces 15 chiffres.",
  'handover.codeSpoken': 'Code : {code}',
  'handover.expires': 'Ce code marche une seule fois, jusqu’au {date}.',
  'handover.again': 'Faire un nouveau code',
  'handover.offline':
    'Pas de connexion pour faire un code court : voici le code long. Il est plus difficile à lire pour une caméra.',
  'links.propose': 'Proposer une étape',
  'links.proposeHint': 'Écrivez une étape pour le plan de cette personne. Elle décidera.',
  'steps.legend': 'Étape {n} : {title}',
  'steps.accept': 'Accepter cette étape',
  'steps.refuse': 'Refuser cette étape',
  'steps.reason': 'Pourquoi la refuser ? (si vous voulez)',
  'steps.send': 'Envoyer mes réponses',
  'steps.chooseAll': 'Choisissez une réponse pour chaque étape.',
  'steps.saved': 'Réponses enregistrées : les étapes acceptées sont dans votre plan.',
  'steps.accepted': 'Étape acceptée',
  'steps.refused': 'Étape refusée',
  'steps.refusedBecause': 'Étape refusée : « {reason} »',
  'links.going.share': 'C’est un livret partagé. Il s’ouvre dans « {screen} ».',
  'links.going.proposal': 'C’est une invitation à proposer des étapes. Vous allez sur « {screen} ».',
  'links.going.validation': 'C’est une demande de validation. Vous allez sur « {screen} ».',
  'links.going.pairing': 'C’est un lien pour relier un appareil. Vous allez sur « {screen} ».',
  'links.going.endorsement':
    'C’est une reconnaissance pour un formateur. Vous allez dans l’espace « {screen} ».',
  'links.going.organisation': 'C’est la carte d’une organisation. Vous allez sur « {screen} ».',
  'links.going.trustList': 'C’est une liste d’organisations de confiance. Vous allez sur « {screen} ».',
} as const
