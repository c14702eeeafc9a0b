// Dutch messages of the keys area: same keys as keys.fr.ts.
import type { keysFr } from './keys.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the keys area. */
export const keysNl: AreaMessages<typeof keysFr> = {
  'pin.title': 'Een code om de sleutel te beschermen',
  'pin.why':
    'Deze browser kan een handtekeningsleutel niet zelf veilig bewaren. Kies een code van minstens 6 cijfers of letters: de sleutel wordt met die code versleuteld bewaard, nooit leesbaar. Livret vraagt hem bij het ondertekenen, één keer per sessie. Zonder die code is de sleutel onbruikbaar: schrijf hem op een veilige plek op.',
  'pin.label': 'Code van de sleutel (minstens 6 tekens)',
  'pin.confirm': 'Dezelfde code, nog een keer',
  'pin.short': 'De code moet minstens 6 tekens hebben.',
  'pin.mismatch': 'De twee codes zijn niet dezelfde.',
  'pin.askTitle': 'De handtekeningsleutel ontgrendelen',
  'pin.askIntro':
    'Om te ondertekenen, typ je de code die jouw sleutel op dit toestel beschermt. Hij wordt 15 minuten niet opnieuw gevraagd, zolang de pagina open blijft.',
  'pin.askLabel': 'Code van de sleutel',
  'pin.unlock': 'Ontgrendelen',
  'pin.cancel': 'Annuleren',
  'pin.checking': 'Code wordt gecontroleerd…',
  'pin.wrong':
    'Deze code past niet bij de sleutel. Er is niets ondertekend. Controleer hem en probeer opnieuw.',
  'pin.locked': 'De sleutel bleef vergrendeld: er is niets ondertekend.',
  'trainerRestore.error.backup-other-kind':
    'Dit bestand is de reservekopie van een organisatie, niet van een opleider. Zet het terug op het scherm ‘Mijn organisatie’.',
  'orgRestore.title': 'De organisatie terugzetten uit een reservekopie',
  'orgRestore.intro':
    'Uit het reservekopiebestand van de organisatie. Er verandert niets op dit toestel zolang het bestand niet gecontroleerd is.',
  'orgRestore.error.invalid-file': 'Dit bestand is geen reservekopie van een Livret-organisatie.',
  'orgRestore.error.backup-other-kind':
    'Dit bestand is de reservekopie van een opleider, niet van een organisatie. Zet het terug op het scherm ‘Opleider’.',
  'orgRestore.error.backup-passphrase-wrong':
    'Dit wachtwoord past niet bij dit bestand. Controleer het en probeer opnieuw.',
  'orgRestore.error.backup-tampered': 'Dit bestand is beschadigd of gewijzigd: het kan niet gebruikt worden.',
  'orgRestore.error.unknown': 'Het bestand kon niet gelezen worden.',
  'orgRestore.found': 'Geldig bestand: {name}, vingerafdruk {fingerprint}.',
  'orgRestore.replace':
    'Deze organisatie vervangt die van dit toestel (vingerafdruk {fingerprint}). Verklaringen die al gegeven zijn, blijven geldig.',
  'orgRestore.same': 'Dit is al de organisatie van dit toestel.',
  'orgRestore.use': 'Deze organisatie gebruiken',
  'orgRestore.done': 'Organisatie teruggezet.',
  'issued.inBackup':
    'De reservekopie bevat ook de lijst van wat deze sleutel ondertekende: vanaf een ander toestel kun je alles intrekken als de sleutel verloren is.',
  'issued.found': 'Het bestand bevat ook {count} handtekening(en) van deze sleutel en de intrekkingslijst.',
  'orgLost.title': 'Sleutel verloren of gestolen',
  'orgLost.intro':
    'Is de sleutel van de organisatie verloren of gestolen? Trek dan alles in wat hij ondertekende: verklaringen voor opleiders en validaties. Professionals zien het bij hun volgende controle.',
  'orgLost.button': 'Alles intrekken',
  'orgLost.confirm': 'Alles wat deze sleutel ondertekende, telt niet meer. Dat is definitief. Doorgaan?',
  'orgLost.yes': 'Ja, alles intrekken',
  'orgLost.done': 'Alles wat deze sleutel ondertekende, is ingetrokken.',
  'handover.offlineLong': 'Offline: lange code, van dichtbij scannen.',
}
