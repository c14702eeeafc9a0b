// Dutch messages of restoring and keeping the booklet: same keys as recovery.fr.ts.

import type { recoveryFr } from './recovery.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of restore summaries and of the eviction warning. */
export const recoveryNl: AreaMessages<typeof recoveryFr> = {
  'recovery.contains': 'Dit bestand bevat ook: {list}.',
  'recovery.brought': 'Terug op dit toestel: het boekje, {list}.',
  'recovery.broughtBookletOnly': 'Terug op dit toestel: het boekje.',
  'recovery.kind.share': '{n} deling|{n} delingen',
  'recovery.kind.validation-request': '{n} validatieaanvraag|{n} validatieaanvragen',
  'recovery.kind.proposal-inbox': '{n} voorstellenbus|{n} voorstellenbussen',
  'recovery.kind.proposal-capability': '{n} voorstellink|{n} voorstellinks',
  'recovery.kind.received': '{n} ontvangen boekje|{n} ontvangen boekjes',
  'recovery.kind.other': '{n} ander onderdeel|{n} andere onderdelen',
  'recovery.evictTitle': 'Je boekje kan gewist worden',
  'recovery.evictText':
    'Op dit toestel kan de browser je boekje wissen als de app niet geïnstalleerd is en je de app 7 dagen niet opent. Installeer de app, of maak een reservekopie.',
  'recovery.evictInstall': 'De app installeren',
  'recovery.evictHowTo': 'Op iPhone of iPad: tik op de knop "Delen" en dan op "Zet op beginscherm".',
  'recovery.sheetTitle': 'Noodblad',
  'recovery.sheetIntro':
    'Verlies je dit toestel, dan brengt dit blad je hele boekje terug op een ander toestel, zonder iets anders. Een verzegelde kopie blijft op de server: niemand kan ze lezen zonder het blad.',
  'recovery.sheetCreate': 'Mijn noodblad maken',
  'recovery.sheetReplace': 'Een nieuw blad maken (het oude werkt dan niet meer)',
  'recovery.sheetCode': 'Je noodcode',
  'recovery.sheetKeep': 'Schrijf deze code op of druk het blad af. Bewaar het thuis, apart van dit toestel.',
  'recovery.sheetPrint': 'Het blad om af te drukken tonen',
  'recovery.sheetPrintNow': 'Afdrukken',
  'recovery.sheetClose': 'Sluiten',
  'recovery.sheetPrintTitle': 'Mijn Livret-noodblad',
  'recovery.sheetSteps':
    'Op een nieuw toestel: open Livret, ga naar "Reservekopie" en dan "Terugzetten met mijn noodblad". Typ de code of scan de QR-code.',
  'recovery.sheetHome': 'Bewaar dit blad thuis. Geef het aan niemand.',
  'recovery.sheetQr': 'QR-code van het noodblad',
  'recovery.sheetBusy': 'Verzegelde kopie wordt gemaakt…',
  'recovery.sheetMade': 'Noodblad klaar. De verzegelde kopie is bijgewerkt.',
  'recovery.restoreTitle': 'Terugzetten met mijn noodblad',
  'recovery.restoreCode': 'De code van je noodblad',
  'recovery.restoreHint': '28 letters en cijfers, in groepjes van 4.',
  'recovery.restoreButton': 'Mijn boekje terughalen',
  'recovery.restoreBusy': 'Boekje wordt gezocht…',
  'recovery.restored':
    'Je boekje is terug. Het oude blad werkt niet meer: hier is je nieuwe blad, druk het af.',
  'recovery.error.sheet-malformed': 'Deze code is onvolledig: er zijn 28 letters en cijfers nodig.',
  'recovery.error.sheet-mistyped': 'Een letter of cijfer is verkeerd getypt. Controleer de code.',
  'recovery.error.sheet-replaced':
    'Dit blad is vervangen door een nieuwer blad: het werkt niet meer. Neem het laatste blad.',
  'recovery.error.sheet-empty': 'Voor deze code is geen boekje bewaard. Controleer de code.',
  'recovery.error.relay-unreachable':
    'De server antwoordt niet. Controleer de verbinding en probeer opnieuw.',
  'recovery.error.unknown': 'Dat is niet gelukt. Probeer later opnieuw.',
  'recovery.offerTitle': 'Jouw boekje veilig bewaren?',
  'recovery.offerText':
    'Verlies je dit toestel, dan kan jouw boekje terugkomen op een ander toestel. Daarvoor blijft een kopie op slot op de server van Livret: niemand kan ze lezen. Je krijgt een noodblad: een code om op te schrijven of af te drukken.',
  'recovery.offerYes': 'Ja, een kopie bewaren',
  'recovery.offerNo': 'Nee, dank je',
  'recovery.offerBusy': 'Kopie op slot wordt gemaakt…',
  'recovery.offerDone': 'Klaar: jouw boekje is bewaard, op slot. Schrijf deze code op of druk het blad af.',
  'recovery.offerDeclined': 'Goed. Je kunt het later doen bij "Reservekopie".',
  'recovery.offerClose': 'Ik heb mijn code opgeschreven',
}
