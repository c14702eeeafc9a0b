// Dutch messages of the screens of issue 12: same keys as screens12.fr.ts.
import type { screens12Fr } from './screens12.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of the issue 12 screens. */
export const screens12Nl: AreaMessages<typeof screens12Fr> = {
  'share.sheet.proposals': 'Deze persoon mag stappen voor mijn plan voorstellen',
  'share.sheet.proposalsHint':
    'Je zegt ja of nee op elke voorgestelde stap. Je kunt deze toestemming intrekken bij ‘Voorstellen’.',
  'received.proposeSteps': 'Stappen voorstellen',
  'received.proposeStepsHint':
    'Deze persoon laat je stappen voor het plan voorstellen. Die persoon zegt ja of nee op elke stap.',
  'received.proposeAsk':
    'Om stappen voor te stellen, vraag je de persoon het boekje te delen met ‘Deze persoon mag stappen voorstellen’ aangevinkt, of de code van de voorstellen te tonen.',
  'links.receive.card': 'Kaart van een organisatie',
  'links.receive.cardHint':
    'Deze code is de kaart van een organisatie. Voeg ze toe aan je vertrouwde organisaties.',
  'links.receive.trainerCard': 'Kaart van een opleider',
  'links.receive.trainerCardHint':
    'Deze code is de kaart van een opleider. De organisatie opent ze bij ‘Mijn organisatie’ (modus opleider) om de opleider te erkennen.',
  'links.receive.endorsement': 'Erkenning van een opleider',
  'links.receive.endorsementHint':
    'Deze code is een erkenning voor een opleider. De opleider opent ze in het deel ‘Opleider’.',
  'links.receive.trustList': 'Vertrouwenslijst',
  'links.receive.trustListHint':
    'Dit bestand is een lijst van vertrouwde organisaties. Open ze bij ‘Vertrouwde organisaties’.',
  'links.receive.go': 'Verder',
}
