// Dutch messages of the devices screens: same keys as devices.fr.ts.
import type { devicesFr } from './devices.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the devices screens. */
export const devicesNl: AreaMessages<typeof devicesFr> = {
  'devices.intro':
    'Koppel je computer of een andere telefoon: je boekje is dan overal hetzelfde. Verlies je een toestel, dan blijft je boekje op de andere.',
  'devices.status.synced': 'Gesynchroniseerd om {time}',
  'devices.status.offline': 'Offline: je wijzigingen worden verstuurd zodra er weer netwerk is.',
  'devices.status.offlineSince':
    'Offline (laatste synchronisatie om {time}): je wijzigingen worden verstuurd zodra er weer netwerk is.',
  'devices.status.connecting': 'Verbinden met je andere toestellen…',
  'devices.status.moving': 'De koppeling met je andere toestellen wordt bijgewerkt…',
  'devices.status.removed':
    'Dit toestel is verwijderd uit je toestellen. Wat erop staat, blijft hier, maar het ontvangt niets meer.',
  'devices.status.unlinked':
    'De koppeling met je andere toestellen werkt niet meer. Scan een nieuwe code om ze opnieuw te koppelen.',
  'devices.status.off': 'Dit toestel is met geen enkel ander toestel gekoppeld.',
  'devices.pairTitle': 'Een ander toestel koppelen',
  'devices.pairStart': 'Een ander toestel koppelen',
  'devices.pairHelp':
    'Scan deze code op het andere toestel met de camera, of open de link. Je hele boekje wordt er versleuteld naartoe gekopieerd.',
  'devices.secretWarning': 'Deze code opent je hele boekje: toon hem alleen aan je eigen toestellen.',
  'devices.qrLabel': 'QR-code om een ander toestel te koppelen',
  'devices.linkLabel': 'De link, te openen op het andere toestel',
  'devices.copy': 'Link kopiëren',
  'devices.copied': 'Link gekopieerd.',
  'devices.waiting': 'Wachten op het andere toestel…',
  'devices.joined': '“{name}” is gekoppeld. Je boekje staat nu op je twee toestellen.',
  'devices.done': 'Klaar',
  'devices.cancel': 'Deze code annuleren',
  'devices.cancelled': 'Deze code werkt niet meer.',
  'devices.listTitle': 'Gekoppelde toestellen',
  'devices.none': 'Nog geen gekoppelde toestellen.',
  'devices.pending': 'Nieuw toestel (nog niet gekoppeld)',
  'devices.unnamed': 'Het eerste toestel',
  'devices.pairedOn': 'Gekoppeld op {date}',
  'devices.lastSeen': 'Laatst gezien op {date} om {time}',
  'devices.remove': '“{name}” verwijderen',
  'devices.removeConfirm':
    '“{name}” verwijderen? Het ontvangt niets meer van je boekje. Wat het al ontving, blijft erop staan.',
  'devices.removeYes': 'Ja, verwijderen',
  'devices.removeNo': 'Nee, houden',
  'devices.removing': 'Bezig met verwijderen: je andere toestellen krijgen een nieuwe sleutel…',
  'devices.removed': '“{name}” is verwijderd. Je andere toestellen gaan verder met een nieuwe sleutel.',
  'devices.error.offline': 'Geen verbinding met de server. Maak verbinding met internet en probeer opnieuw.',
  'devices.error.generic': 'Dat is niet gelukt. Er is niets veranderd. Probeer het straks opnieuw.',
  'devices.memberText': 'Dit toestel is gekoppeld aan je andere toestellen onder de naam “{name}”.',
  'devices.memberHelp':
    'Om een nieuw toestel te koppelen, gebruik je het toestel dat de code toonde. Toestel kwijt? Verwijder het in de lijst hieronder, vanaf eender welk van jouw toestellen.',
  'devices.leave': 'Dit toestel niet meer synchroniseren',
  'devices.leaveHelp':
    'Dit toestel houdt het boekje zoals het is, maar ontvangt geen wijzigingen meer van je andere toestellen.',
  'devices.left': 'Dit toestel synchroniseert niet meer.',
  'devices.join.intro':
    'Je boekje wordt versleuteld naar dit toestel gekopieerd en blijft daarna op je toestellen bijgewerkt.',
  'devices.join.name': 'Naam van dit toestel',
  'devices.join.nameHint':
    'Bijvoorbeeld: computer thuis. Deze naam verschijnt in de lijst van je toestellen.',
  'devices.join.nameMissing': 'Schrijf een naam voor dit toestel.',
  'devices.join.mergeWarning':
    'Dit toestel heeft al een boekje. De twee boekjes worden samengevoegd: er wordt niets gewist, alles wat op het ene of het andere staat, komt op beide.',
  'devices.join.submit': 'Dit toestel koppelen',
  'devices.join.submitMerge': 'Boekjes samenvoegen en koppelen',
  'devices.join.working': 'Verbinden en boekje kopiëren…',
  'devices.join.done': 'Klaar: dit toestel is gekoppeld. Je boekje is bijgewerkt.',
  'devices.join.open': 'Mijn boekje openen',
  'devices.join.already': 'Dit toestel is al aan dit boekje gekoppeld.',
  'devices.join.replace':
    'Dit toestel is al aan andere toestellen gekoppeld. Als je doorgaat, wordt het in de plaats daarvan aan dit boekje gekoppeld.',
  'devices.join.noLink':
    'Open deze pagina met de link of de QR-code die op je andere toestel staat (Mijn toestellen → Een ander toestel koppelen).',
  'devices.join.newCode':
    'Vraag een nieuwe code op je andere toestel (Mijn toestellen → Een ander toestel koppelen).',
  'devices.join.error.link-malformed': 'Deze link is onvolledig of beschadigd.',
  'devices.join.error.link-bad-token': 'Deze link is gewijzigd: hij wordt niet aanvaard.',
  'devices.join.error.link-wrong-role': 'Deze link dient niet om een toestel te koppelen.',
  'devices.join.error.link-expired': 'Deze link is verlopen.',
  'devices.join.error.link-bad-key': 'De sleutel van deze link klopt niet: de link is gewijzigd.',
  'devices.join.error.mailbox-not-offered':
    'Deze link hoort bij geen enkele code die nu getoond wordt. Controleer of het andere toestel verbonden is met internet en de code nog toont.',
  'devices.join.error.token-revoked': 'Deze code is geannuleerd.',
  'devices.join.error.room-gone': 'Deze code werkt niet meer.',
  'devices.join.error.relay-unreachable':
    'Geen verbinding met de server. Maak verbinding met internet en probeer opnieuw.',
  'devices.join.error.generic': 'De verbinding is niet gelukt. Er is niets veranderd op dit toestel.',
}
