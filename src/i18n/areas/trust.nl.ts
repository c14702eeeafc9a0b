// Dutch messages of the trust area: same keys as trust.fr.ts.
import type { trustFr } from './trust.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the trust area. */
export const trustNl: AreaMessages<typeof trustFr> = {
  'trust.decision.validated': 'Gevalideerd',
  'trust.decision.partial': 'Gedeeltelijk gevalideerd',
  'trust.decision.not-yet': 'Nog niet gevalideerd',
  'trust.remaining': 'Nog te leren: {text}',
  'trust.trainerLevel': 'Niveau gevalideerd door de opleider: {n} op 4',
  'trust.selfLevel': 'Niveau volgens de persoon zelf: {n} op 4',
  'trust.ownLevel': 'Mijn niveau (mijn mening): {n} op 4',
  'trust.method': 'Methode: {method}',
  'trust.by': 'Door {trainer}, {organisation}, op {date}',
  'trust.checking': 'Handtekening controleren…',
  'trust.state.trusted-organisation':
    'Ondertekend door een opleider van een organisatie die je vertrouwt: {organisation}',
  'trust.state.unknown-organisation':
    'Geldige handtekening, organisatie onbekend voor jou — vingerafdruk: {fingerprint} (na te gaan bij de organisatie)',
  'trust.state.unknown-endorsed':
    'Geldige handtekening, organisatie onbekend voor jou: {organisation} — vingerafdruk: {fingerprint} (na te gaan bij de organisatie)',
  'trust.state.withdrawn': 'Ingetrokken: deze validatie telt niet meer',
  'trust.state.not-verifiable': 'Niet te controleren ({reason})',
  'trust.reason.edited': 'ze werd na de handtekening gewijzigd',
  'trust.reason.not-holder': 'ze gaat niet over deze persoon',
  'trust.reason.other-competence': 'ze gaat over een andere competentie',
  'trust.reason.credential-too-slow':
    'het controleren duurde te lang, het wordt opnieuw gedaan bij de volgende keer openen',
  'trust.reason.signature': 'de handtekening klopt niet',
  'trust.checkedAt': 'Toestand gecontroleerd op {date}',
  'trust.fingerprint': 'Vingerafdruk van de handtekening: {fingerprint}',
  'trust.howToCheck':
    'Controleren: open het bewijsbestand in Livret (scherm "Ontvangen"), of vergelijk deze vingerafdruk met die welke de organisatie je persoonlijk toont.',
  'trust.validationOf': 'Validatie van "{competence}"',
  'trust.orgs.title': 'Vertrouwde organisaties',
  'trust.orgs.intro':
    'Je beslist wie je vertrouwt. Een validatie ondertekend door een organisatie op deze lijst heet "vertrouwd". In het begin is de lijst leeg.',
  'trust.orgs.empty': 'Nog geen organisatie.',
  'trust.orgs.line': '{name} — vingerafdruk {fingerprint}',
  'trust.orgs.viaFace': 'persoonlijk toegevoegd',
  'trust.orgs.viaList': 'uit de lijst "{list}"',
  'trust.orgs.remove': 'Verwijderen',
  'trust.orgs.removeLabel': '{name} niet meer vertrouwen',
  'trust.orgs.removed': '{name} staat niet meer bij jouw vertrouwde organisaties.',
  'trust.orgs.addTitle': 'Een organisatie toevoegen',
  'trust.orgs.addIntro':
    'Persoonlijk: scan de code van de organisatie, of plak haar link. Controleer de vingerafdruk samen.',
  'trust.orgs.paste': 'Link of code van de organisatie',
  'trust.orgs.check': 'Controleren',
  'trust.orgs.scan': 'Code scannen',
  'trust.orgs.confirm': 'Toont de organisatie je dezelfde vingerafdruk? {name} — {fingerprint}',
  'trust.orgs.confirmYes': 'Ja, vertrouwen',
  'trust.orgs.added': '{name} staat bij jouw vertrouwde organisaties.',
  'trust.orgs.bad': 'Dit is geen link van een organisatie. Er is niets veranderd.',
  'trust.orgs.mismatch': 'De vingerafdruk past niet bij de sleutel: niet vertrouwen. Er is niets veranderd.',
  'trust.orgs.listTitle': 'Een vertrouwenslijst importeren',
  'trust.orgs.listIntro':
    'Een lijst ondertekend door een netwerk of een regio. Je kiest eerst of je de ondertekenaar vertrouwt.',
  'trust.orgs.listFile': 'Het bestand van de lijst kiezen',
  'trust.orgs.listSigner':
    'Lijst "{list}", ondertekend door {signer} — vingerafdruk {fingerprint}. Deze ondertekenaar en zijn {n} organisaties vertrouwen?',
  'trust.orgs.listYes': 'Ja, de lijst importeren',
  'trust.orgs.listDone': 'Lijst "{list}" geïmporteerd: {n} organisaties.',
  'trust.orgs.listBad':
    'Deze lijst is niet geldig (verkeerde handtekening of verlopen). Er is niets veranderd.',
  'trust.listError.trust-list-malformed':
    'Dit bestand is geen leesbare vertrouwenslijst. Er is niets veranderd.',
  'trust.listError.trust-list-too-large':
    'Dit bestand is te groot voor een vertrouwenslijst. Er is niets veranderd.',
  'trust.listError.trust-list-bad-signature':
    'De handtekening van deze lijst klopt niet: de lijst is gewijzigd of komt niet van de ondertekenaar. Er is niets veranderd.',
  'trust.listError.trust-list-wrong-signer':
    'Deze lijst draagt de naam van een lijst die je al hebt, maar is niet ondertekend door de ondertekenaar die je koos. Er is niets veranderd.',
  'trust.listError.trust-list-not-yet-valid':
    'Deze lijst geldt nog niet (de begindatum komt nog). Er is niets veranderd.',
  'trust.listError.trust-list-expired':
    'Deze lijst geldt niet meer (de einddatum is voorbij). Er is niets veranderd.',
  'trust.listError.trust-list-not-newer':
    'Je hebt deze versie van de lijst al, of een nieuwere. Er is niets veranderd.',
  'trust.export.title': 'Bewijs van mijn validaties',
  'trust.export.button': 'Het bewijs bewaren (bestand)',
  'trust.export.intro':
    'Een bestand met jouw ondertekende validaties, voor een professional. Die opent het in Livret om ze te controleren.',
  'trust.proof.title': 'Bewijsbestand',
  'trust.proof.open': 'Een bewijsbestand openen',
  'trust.proof.bad': 'Dit bestand is geen bewijsbestand van Livret.',
}
