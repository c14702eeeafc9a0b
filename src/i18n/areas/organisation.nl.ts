// Dutch messages of the organisation area: same keys as organisation.fr.ts.
import type { organisationFr } from './organisation.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the organisation area. */
export const organisationNl: AreaMessages<typeof organisationFr> = {
  'nav.organisation': 'Mijn organisatie',
  'org.intro':
    'Hier staat jouw organisatie persoonlijk garant voor haar opleiders. Professionals die jouw organisatie vertrouwen, weten dan dat hun validaties tellen.',
  'org.createTitle': 'De identiteit van de organisatie aanmaken',
  'org.createIntro':
    'Op dit toestel wordt een handtekeningsleutel voor de organisatie gemaakt. Die verlaat het toestel niet, behalve in de reservekopie.',
  'org.name': 'Naam van de organisatie',
  'org.domain': 'Website van de organisatie (niet verplicht, bijvoorbeeld cisp-tremplin.be)',
  'org.create': 'Identiteit aanmaken',
  'org.created': 'Identiteit van de organisatie aangemaakt. Denk aan een reservekopie.',
  'org.damaged':
    'De identiteit van de organisatie op dit toestel is beschadigd. Wis ze om een nieuwe te maken.',
  'org.forget': 'Beschadigde identiteit wissen',
  'org.identityTitle': 'Onze organisatie',
  'org.fingerprint': 'Vingerafdruk van de organisatie',
  'org.didWeb': 'Naam op het web: {did}',
  'org.cardTitle': 'Onze kaart, om aan professionals te tonen',
  'org.cardIntro':
    'Een professional scant deze code (of plakt de tekst) bij „Vertrouwde organisaties” en controleert de vingerafdruk samen met jou.',
  'org.cardText': 'Code van de organisatie (tekst om te kopiëren)',
  'org.copy': 'Tekst kopiëren',
  'org.copied': 'Tekst gekopieerd.',
  'org.endorseTitle': 'Garant staan voor een opleider',
  'org.endorseIntro':
    'Persoonlijk: de opleider toont je zijn kaart (QR-code of tekst). Je controleert samen de vingerafdruk en dan onderteken je.',
  'org.trainerCard': 'Kaart van de opleider (geplakte tekst)',
  'org.readCard': 'Kaart lezen',
  'org.cardBad': 'Dit is geen kaart van een opleider. Er is niets veranderd.',
  'org.cardOrg': 'Dit is de kaart van een organisatie, niet van een opleider.',
  'org.confirmTrainer': 'Toont de opleider jou dezelfde vingerafdruk? {name} — {fingerprint}',
  'org.validity': 'Garantie geldig',
  'org.validity.6': '6 maanden',
  'org.validity.12': '1 jaar',
  'org.validity.24': '2 jaar',
  'org.sign': 'Ja, de garantie ondertekenen',
  'org.signing': 'Bezig met ondertekenen…',
  'org.signed':
    'Garantie ondertekend voor {name}. Toon hem deze code of geef hem de tekst: hij voegt ze toe op zijn toestel.',
  'org.handoverQr': 'QR-code van de garantie voor {name}',
  'org.handoverText': 'Garantie voor de opleider (tekst om te kopiëren)',
  'org.givenTitle': 'Gegeven garanties',
  'org.givenNone': 'Nog geen garanties.',
  'org.givenLine': '{name} — vingerafdruk {fingerprint}',
  'org.givenUntil': 'Geldig tot {date}',
  'org.givenWithdrawn': 'Ingetrokken op {date}',
  'org.givenExpired': 'Verlopen op {date}',
  'org.withdraw': 'Garantie intrekken',
  'org.withdrawLabel': 'De garantie van {name} intrekken',
  'org.withdrawConfirm':
    'De garantie van {name} intrekken? Zijn validaties zijn dan niet meer „van een vertrouwde organisatie”.',
  'org.withdrawYes': 'Ja, intrekken',
  'org.cancel': 'Annuleren',
  'org.withdrawn': 'Garantie van {name} ingetrokken.',
  'org.backupTitle': 'Een reservekopie maken van de identiteit van de organisatie',
  'org.backupIntro':
    'Zonder reservekopie is de sleutel van de organisatie weg als dit toestel verloren gaat: alle garanties moeten dan opnieuw.',
  'org.backedUp': 'Bestand {name} gedownload. Bewaar het buiten dit toestel, met zijn wachtwoord.',
  'org.validateTitle': 'Zelf valideren',
  'org.validateIntro':
    'De organisatie kan ook zelf validaties ondertekenen. Open de aanvraaglink van de persoon: je kiest dan om namens de organisatie te ondertekenen.',
  'org.error.invalid': 'Controleer de naam en de website.',
  'org.error.failed': 'Dat is niet gelukt. Probeer opnieuw.',
  'publish.pending': 'Nog niet gepubliceerd: dat gebeurt zodra er weer verbinding is.',
  'publish.done': 'Gepubliceerd: professionals zien het bij hun volgende controle.',
  'publish.refused': 'De server heeft de publicatie geweigerd. Probeer later opnieuw.',
  'card.title': 'Mijn kaart als opleider',
  'card.intro':
    'Toon deze code aan jouw organisatie (of geef de tekst). Zij controleert jouw vingerafdruk en staat garant voor jou.',
  'card.text': 'Mijn kaart (tekst om te kopiëren)',
  'endorsed.title': 'Garanties van mijn organisatie',
  'endorsed.none': 'Nog geen garantie. Zonder garantie zijn jouw validaties „van een onbekende organisatie”.',
  'endorsed.line': '{organisation} — vingerafdruk {fingerprint}, geldig tot {date}',
  'endorsed.expired': '{organisation} — garantie verlopen op {date}',
  'endorsed.carried': 'Elke validatie die je ondertekent, draagt deze garantie mee.',
  'endorsed.add': 'Ontvangen garantie (link, code van 15 cijfers of tekst)',
  'endorsed.check': 'Garantie toevoegen',
  'endorsed.added': 'Garantie van {organisation} toegevoegd (vingerafdruk {fingerprint}).',
  'endorsed.error.other': 'Deze garantie is voor een andere opleider. Er is niets veranderd.',
  'endorsed.error.expired': 'Deze garantie is verlopen of nog niet geldig. Er is niets veranderd.',
  'endorsed.error.bad':
    'Deze tekst is geen geldige garantie (valse handtekening of beschadigde tekst). Er is niets veranderd.',
  'endorsed.error.gone':
    'Deze code is al gebruikt of verlopen. Vraag de organisatie een nieuwe code. Er is niets veranderd.',
  'endorsed.error.offline':
    'De server antwoordt niet. Probeer opnieuw als je weer netwerk hebt, of plak de tekst van de garantie. Er is niets veranderd.',
  'history.title': 'Ondertekende validaties',
  'history.none': 'Geen ondertekende validaties op dit toestel.',
  'history.line': '{competence} — {status}, ondertekend op {date} (voor {recipient})',
  'history.withdrawnOn': 'Ingetrokken op {date}',
  'history.withdraw': 'Deze validatie intrekken',
  'history.withdrawLabel': 'De validatie „{competence}” intrekken',
  'history.why': 'Waarom?',
  'history.why.mistake': 'Een vergissing',
  'history.why.fraud': 'Fraude',
  'history.confirm':
    '„{competence}” intrekken? Ze telt dan voor niemand meer. Dit kan niet ongedaan worden gemaakt.',
  'history.withdrawYes': 'Ja, de validatie intrekken',
  'history.withdrawn': 'Validatie „{competence}” ingetrokken.',
  'history.notWithdrawable':
    'Deze validatie is ondertekend voordat intrekken bestond: ze kan niet worden ingetrokken.',
  'history.lostTitle': 'Mijn sleutel is verloren of gestolen',
  'history.lostIntro':
    'Als iemand anders jouw sleutel kan hebben gekopieerd, trek dan alles in wat ermee is ondertekend. Maak daarna een nieuwe identiteit.',
  'historyLost.button': 'Alles intrekken wat deze sleutel heeft ondertekend',
  'historyLost.confirm':
    'Alle validaties intrekken die met deze sleutel zijn ondertekend? Ze tellen dan niet meer. Dit kan niet ongedaan worden gemaakt.',
  'historyLost.yes': 'Ja, alles intrekken',
  'history.lostDone': 'Alles wat deze sleutel heeft ondertekend, is ingetrokken.',
  'history.lostMissing':
    'De intrekkingslijst van deze sleutel staat niet op dit toestel: gebruik het toestel waarop je hebt ondertekend.',
  'sign.as': 'Ik onderteken namens',
  'sign.asMe': 'Mezelf, {name}',
  'sign.asOrganisation': 'De organisatie, {name}',
}
