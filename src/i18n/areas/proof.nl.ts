// Dutch messages of the proof area: same keys as proof.fr.ts.
import type { proofFr } from './proof.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the proof area. */
export const proofNl: AreaMessages<typeof proofFr> = {
  'proof.myLevel': 'Mijn niveau: {n} op 4 ({label})',
  'proof.trainerLevelSeen': 'Niveau vastgesteld door de opleider: {n} op 4',
  'proof.evidence': 'Wat de opleider zag: {text}',
  'proof.comment': 'Opmerking van de opleider: {text}',
  'proof.howToCheck':
    'Controleren: vraag de persoon om het bewijs (QR-code, link of bestand) en open het in Livret, scherm "Een boekje ontvangen"; of vraag de organisatie om je persoonlijk haar vingerafdruk te tonen: die moet dezelfde zijn als hier.',
  'proof.withdrawnDecision': 'Ingetrokken — het was: {decision}',
  'proof.unverifiedDecision': 'Vertrouw er niet op — ze zegt: {decision}',
  'proof.paper.trusted':
    'Geldige handtekening — opleider van {organisation}, een organisatie die de persoon vertrouwt',
  'proof.paper.unknown': 'Geldige handtekening — vingerafdruk: {fingerprint} (na te gaan bij de organisatie)',
  'proof.paper.unknownEndorsed':
    'Geldige handtekening — organisatie: {organisation}, vingerafdruk: {fingerprint} (na te gaan bij de organisatie)',
  'proof.recipientLabel': 'Voor wie? (naam van de professional of de organisatie)',
  'proof.recipientNone': 'Schrijf voor wie het bewijs is.',
  'proof.homeTitle': 'Mijn validaties',
  'proof.homeCount':
    '{n} competentie met een validatie van een opleider|{n} competenties met een validatie van een opleider',
  'proof.homeAll': 'Al mijn validaties',
  'proof.title': 'Het bewijs van mijn validaties geven',
  'proof.intro':
    'Kies de validaties. De professional controleert ze in Livret: wie ze gaf, voor welke organisatie, en of de validatie nog telt.',
  'proof.pick': 'Welke validaties?',
  'proof.pickNone': 'Kies minstens één validatie.',
  'proof.fileButton': 'Het bewijs bewaren (bestand)',
  'proof.qrButton': 'Het bewijs tonen (QR-code)',
  'proof.making': 'Bewijs voorbereiden…',
  'proof.failed':
    'Het bewijs kon niet worden voorbereid (geen verbinding?). Probeer opnieuw, of bewaar het bestand.',
  'proof.qrTitle': 'Toon deze code aan de professional',
  'proof.qrIntro':
    'Die scant hem, of plakt de link in Livret, scherm "Een boekje ontvangen". Die ziet deze competenties, hun validaties en je voornaam. Niets anders.',
  'proof.qrLabel': 'QR-code van het bewijs van mijn validaties',
  'proof.revokeHint': 'Je kunt deze deling altijd stoppen in "Delen".',
  'proof.done': 'Klaar',
}
