// Dutch messages of links and short codes: same keys as links.fr.ts.
import type { linksFr } from './links.fr.ts'
import type { AreaMessages } from './types.ts'

/** Dutch messages of links and short codes. */
export const linksNl: AreaMessages<typeof linksFr> = {
  'links.receive.intro':
    'Scan, plak of typ wat de persoon je toont: een boekje, een voorstel voor het plan, een vraag om validatie.',
  'links.code.title': 'Een code typen',
  'links.code.hint': 'Werkt de camera niet? Dan leest de persoon je een code van 15 cijfers voor.',
  'links.code.label': 'Code van 15 cijfers',
  'links.code.open': 'Code openen',
  'links.error.link-unknown':
    'Dit is geen link of code van Livret. Vraag de persoon om de code nog eens te tonen.',
  'links.error.link-damaged':
    'Deze Livret-link is beschadigd of onvolledig. Vraag de persoon om een nieuwe code.',
  'links.error.handover-gone':
    'Deze code is al gebruikt of verlopen: hij werkt één keer, één dag lang. Vraag om een nieuwe code.',
  'links.error.handover-tampered': 'Deze code past bij niets. Controleer de cijfers en probeer opnieuw.',
  'links.error.handover-malformed': 'Deze code is beschadigd. Vraag de persoon om een nieuwe code.',
  'links.error.handover-refused': 'De server weigerde deze code. Vraag de persoon om een nieuwe code.',
  'links.error.rate-limited': 'Te veel pogingen na elkaar. Wacht een minuut en probeer opnieuw.',
  'links.error.relay-unreachable': 'De server antwoordt niet. Controleer de verbinding en probeer opnieuw.',
  'links.opening.h': 'Code wordt geopend…',
  'handover.preparing': 'Code wordt gemaakt…',
  'handover.codeTitle': 'Als de camera niet werkt',
  'handover.codeHint': 'De andere persoon kiest "Een code typen" en typt deze 15 cijfers.',
  'handover.codeSpoken': 'Code: {code}',
  'handover.expires': 'Deze code werkt één keer, tot {date}.',
  'handover.again': 'Een nieuwe code maken',
  'handover.offline':
    'Geen verbinding voor een korte code: hier is de lange code. Die is moeilijker te lezen voor een camera.',
  'links.propose': 'Een stap voorstellen',
  'links.proposeHint': 'Schrijf een stap voor het plan van deze persoon. Die persoon beslist.',
  'steps.legend': 'Stap {n}: {title}',
  'steps.accept': 'Deze stap aanvaarden',
  'steps.refuse': 'Deze stap weigeren',
  'steps.reason': 'Waarom weigeren? (als je wilt)',
  'steps.send': 'Mijn antwoorden versturen',
  'steps.chooseAll': 'Kies een antwoord voor elke stap.',
  'steps.saved': 'Antwoorden bewaard: de aanvaarde stappen staan in je plan.',
  'steps.accepted': 'Stap aanvaard',
  'steps.refused': 'Stap geweigerd',
  'steps.refusedBecause': 'Stap geweigerd: "{reason}"',
  'links.going.share': 'Dit is een gedeeld boekje. Het opent in “{screen}”.',
  'links.going.proposal': 'Dit is een uitnodiging om stappen voor te stellen. Je gaat naar “{screen}”.',
  'links.going.validation': 'Dit is een vraag om te valideren. Je gaat naar “{screen}”.',
  'links.going.pairing': 'Dit is een link om een toestel te koppelen. Je gaat naar “{screen}”.',
  'links.going.endorsement': 'Dit is een erkenning voor een opleider. Je gaat naar “{screen}”.',
  'links.going.organisation': 'Dit is de kaart van een organisatie. Je gaat naar “{screen}”.',
  'links.going.trustList': 'Dit is een lijst van vertrouwde organisaties. Je gaat naar “{screen}”.',
}
