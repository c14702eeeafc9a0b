// Dutch messages of the validations screens: same keys as validations.fr.ts.

import type { AreaMessages } from './types.ts'
import type { validationsFr } from './validations.fr.ts'

/** Dutch messages of the validations screens. */
export const validationsNl: AreaMessages<typeof validationsFr> = {
  'validations.intro':
    'Een opleider kan je competenties valideren. Hij ondertekent elke validatie: iedereen kan nagaan dat ze van hem komt.',
  'validations.askTitle': 'Een validatie vragen',
  'validations.askIntro':
    'Kies de competenties. De opleider ziet ze, met de ervaringen waar ze vandaan komen. Niets anders.',
  'validations.pick': 'Welke competenties?',
  'validations.noCompetence': 'Je hebt nog geen competentie. Voeg er eerst een toe.',
  'validations.addCompetence': 'Een competentie toevoegen',
  'validations.trainerName': 'Naam van de opleider',
  'validations.organisation': 'Organisatie (opleidingscentrum, bedrijf…)',
  'validations.create': 'De link voor de opleider maken',
  'validations.creating': 'De link wordt klaargemaakt…',
  'validations.errorPick': 'Kies minstens één competentie.',
  'validations.errorName': 'Schrijf de naam van de opleider.',
  'validations.errorCreate': 'De link kon niet gemaakt worden. Probeer opnieuw.',
  'validations.handoverTitle': 'Toon deze code aan de opleider',
  'validations.handoverIntro':
    'De opleider scant deze code of opent de link. {days} dagen lang kan hij deze competenties lezen en je zijn ondertekende validaties sturen.',
  'validations.qrLabel': 'QR-code van de validatievraag voor {trainer}',
  'validations.link': 'Link voor de opleider',
  'validations.secretNote': 'Deze link opent deze competenties: geef hem alleen aan de opleider.',
  'validations.copy': 'De link kopiëren',
  'validations.copied': 'Link gekopieerd.',
  'validations.copyFailed': 'Kopiëren lukte niet: selecteer de link en kopieer hem.',
  'validations.shareLink': 'De link versturen…',
  'validations.shareText': 'Vraag om competenties te valideren (Livret)',
  'validations.done': 'Klaar',
  'validations.sending': 'De competenties worden verstuurd…',
  'validations.sent': 'Klaar: de opleider kan de link openen.',
  'validations.notSent': 'Nu geen verbinding. De link werkt zodra dit toestel verbonden is, met de app open.',
  'validations.requestsTitle': 'Mijn vragen',
  'validations.noRequest': 'Nog geen vraag.',
  'validations.competencesLine': 'Competenties: {list}',
  'validations.createdLine': 'Gevraagd op {date}',
  'validations.statusLine': 'Stand: {status}',
  'validations.status.not-sent': 'nog niet verstuurd (geen verbinding)',
  'validations.status.waiting': 'wacht op de opleider',
  'validations.status.received': '{n} validatie ontvangen|{n} validaties ontvangen',
  'validations.status.expired': 'verlopen',
  'validations.status.closed': 'gesloten',
  'validations.unreadable': '{n} onleesbaar bericht genegeerd|{n} onleesbare berichten genegeerd',
  'validations.notVerifiableFor':
    'Een ontvangen validatie voor „{competence}” is niet controleerbaar: ze wordt niet in het boekje gezet.',
  'validations.notVerifiableUnknown':
    'Een ontvangen validatie is niet controleerbaar: ze wordt niet in het boekje gezet.',
  'validations.ignored':
    '{n} validatie genegeerd: ze gaat niet over dit boekje|{n} validaties genegeerd: ze gaan niet over dit boekje',
  'validations.showCode': 'De code tonen',
  'validations.showCodeLabel': 'De code van de vraag aan {trainer} tonen',
  'validations.close': 'De vraag sluiten',
  'validations.closeLabel': 'De vraag aan {trainer} sluiten',
  'validations.closeConfirm':
    'De opleider kan de link niet meer openen en je geen validaties meer sturen. Wat je al ontving, blijft in het boekje.',
  'validations.closeYes': 'Ja, de vraag sluiten',
  'validations.closed': 'Vraag gesloten: de opleider kan de link niet meer openen.',
  'validations.damaged':
    '{n} beschadigde vraag kan niet gelezen worden|{n} beschadigde vragen kunnen niet gelezen worden',
  'validations.receivedTitle': 'Ontvangen validaties',
  'validations.noneReceived': 'Nog geen validatie ontvangen.',
  'validations.checking': 'De handtekening wordt gecontroleerd…',
  'validations.by.validated':
    'Gevalideerd door {trainer} ({organisation}) op {date}, vingerafdruk {fingerprint}',
  'validations.by.partial':
    'Gedeeltelijk gevalideerd door {trainer} ({organisation}) op {date}, vingerafdruk {fingerprint}',
  'validations.by.not-yet':
    'Nog niet gevalideerd, volgens {trainer} ({organisation}) op {date}, vingerafdruk {fingerprint}',
  'validations.verified': 'Handtekening gecontroleerd.',
  'validations.notVerifiable':
    'Niet controleerbaar: deze validatie is gewijzigd of de handtekening klopt niet. Vertrouw er niet op.',
  'validations.claimed': 'Ze zegt van {trainer} ({organisation}) te komen.',
  'validations.levelLine': 'Niveau {n} op 4',
  'validations.methodLine': 'Methode: {method}',
  'validations.method.situation': 'praktijksituatie',
  'validations.method.internship-observation': 'observatie tijdens de stage',
  'validations.method.test': 'test',
  'validations.method.portfolio': 'portfolio',
  'validations.method.interview': 'gesprek',
  'validations.method.other': 'andere methode',
  'validations.evidenceLine': 'Wat de opleider zag: {text}',
  'validations.commentLine': 'Opmerking: {text}',
  'validations.fingerprintHelp':
    'De vingerafdruk is een code die zegt wie tekende: de opleider, of de organisatie die voor hem of haar instaat. Hij blijft altijd dezelfde. Wil je zeker zijn dat een validatie echt van hen komt? Vraag hen de vingerafdruk voor te lezen: die moet dezelfde zijn als die hier staat.',
  'validations.hide': 'Verbergen',
  'validations.hideLabel': 'De validatie van „{competence}” verbergen',
  'validations.unhide': 'Opnieuw tonen',
  'validations.unhideLabel': 'De validatie van „{competence}” opnieuw tonen',
  'validations.hiddenNote': 'Verborgen: ze blijft in het boekje maar wordt niet gedeeld.',
  'validations.hiddenTitle': '{n} verborgen validatie|{n} verborgen validaties',
  'validations.export': 'Bewaren in een bestand',
  'validations.exportLabel': 'De validatie van „{competence}” bewaren in een bestand',
  'validations.exported': 'Bestand gedownload: {name}',
  'validations.onCompetence': 'Validaties van deze competentie',
  'validations.deletedCompetence': 'Competentie gewist uit het boekje',
  'validations.noneOnCompetence': 'Nog geen validatie voor deze competentie.',
}
