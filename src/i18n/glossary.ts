// The glossary: acronyms and words people hear at every door, explained simply in three languages.
// Loaded only by the glossary screen. `key` is the anchor: /glossaire#cpas.

import { frenchSpacing } from './typography.ts'

/** One explanation in one language: the full name and what it means for the person. */
export type Gloss = { name: string; text: string }

/** A glossary entry. */
export type GlossaryEntry = {
  key: string
  term: string
  region: 'be' | 'fr' | 'all'
  fr: Gloss
  nl: Gloss
  en: Gloss
}

const ENTRIES: readonly GlossaryEntry[] = [
  {
    key: 'actiris',
    term: 'Actiris',
    region: 'be',
    fr: {
      name: "Office régional bruxellois de l'emploi",
      text: "Le service public de l'emploi à Bruxelles. Il aide à chercher un emploi et inscrit les chercheurs d'emploi.",
    },
    nl: {
      name: 'Brusselse Gewestelijke Dienst voor Arbeidsbemiddeling',
      text: 'De openbare dienst voor werk in Brussel. Hij helpt bij het zoeken naar werk en schrijft werkzoekenden in.',
    },
    en: {
      name: 'Brussels regional employment office',
      text: 'The public employment service in Brussels. It helps you look for work and registers job seekers.',
    },
  },
  {
    key: 'ccas',
    term: 'CCAS',
    region: 'fr',
    fr: {
      name: "Centre communal d'action sociale",
      text: "Le service social de la mairie, en France. Il aide pour l'argent, le logement, les démarches.",
    },
    nl: {
      name: 'Gemeentelijk centrum voor sociale actie',
      text: 'De sociale dienst van de gemeente in Frankrijk. Hulp bij geld, huisvesting en papieren.',
    },
    en: {
      name: 'Municipal social action centre',
      text: 'The social service of the town hall in France. Help with money, housing and paperwork.',
    },
  },
  {
    key: 'cefo',
    term: 'CEFO',
    region: 'be',
    fr: {
      name: 'Carrefour Emploi Formation Orientation',
      text: 'Un lieu en Wallonie où on peut se renseigner sur les métiers, les formations et l’emploi, gratuitement.',
    },
    nl: {
      name: 'Kruispunt werk, opleiding, oriëntatie',
      text: 'Een plek in Wallonië om gratis informatie te krijgen over beroepen, opleidingen en werk.',
    },
    en: {
      name: 'Employment, training and guidance centre',
      text: 'A place in Wallonia where you can get free information on jobs, training and work.',
    },
  },
  {
    key: 'cisp',
    term: 'CISP',
    region: 'be',
    fr: {
      name: "Centre d'insertion socioprofessionnelle",
      text: 'Un centre en Wallonie qui forme et accompagne vers l’emploi. Avant, on disait OISP ou EFT.',
    },
    nl: {
      name: 'Centrum voor socio-professionele inschakeling',
      text: 'Een centrum in Wallonië dat opleidt en begeleidt naar werk. Vroeger heette het OISP of EFT.',
    },
    en: {
      name: 'Socio-professional integration centre',
      text: 'A centre in Wallonia that trains you and supports you toward work. Formerly called OISP or EFT.',
    },
  },
  {
    key: 'cpas',
    term: 'CPAS',
    region: 'be',
    fr: {
      name: "Centre public d'action sociale",
      text: 'Le service social de la commune, en Belgique. Il peut aider pour l’argent (revenu d’intégration), le logement, la santé, et vers l’emploi.',
    },
    nl: {
      name: 'Openbaar centrum voor maatschappelijk welzijn (OCMW)',
      text: 'De sociale dienst van de gemeente in België. Hulp bij geld (leefloon), huisvesting, gezondheid en werk.',
    },
    en: {
      name: 'Public social welfare centre',
      text: 'The social service of the municipality in Belgium. Help with money (integration income), housing, health and work.',
    },
  },
  {
    key: 'cpf',
    term: 'CPF',
    region: 'fr',
    fr: {
      name: 'Compte personnel de formation',
      text: 'En France, un compte en euros pour payer des formations. Chaque personne qui a travaillé en a un.',
    },
    nl: {
      name: 'Persoonlijke opleidingsrekening',
      text: 'In Frankrijk een rekening in euro om opleidingen te betalen. Wie gewerkt heeft, heeft er een.',
    },
    en: {
      name: 'Personal training account',
      text: 'In France, an account in euros to pay for training. Everyone who has worked has one.',
    },
  },
  {
    key: 'csef',
    term: 'CSEF',
    region: 'be',
    fr: {
      name: 'Conseil de bassin enseignement qualifiant, formation, emploi',
      text: 'Un groupe d’organismes d’une région de Wallonie ou de Bruxelles qui se parlent pour que formations et emplois correspondent.',
    },
    nl: {
      name: 'Overlegraad onderwijs, opleiding en werk',
      text: 'Een overleg van organisaties in een streek van Wallonië of Brussel, zodat opleidingen en banen op elkaar aansluiten.',
    },
    en: {
      name: 'Area council for education, training and employment',
      text: 'A group of organisations in an area of Wallonia or Brussels working so that training matches jobs.',
    },
  },
  {
    key: 'cv',
    term: 'CV',
    region: 'all',
    fr: {
      name: 'Curriculum vitae',
      text: 'Une page qui présente vos expériences, vos formations et vos compétences à un employeur.',
    },
    nl: {
      name: 'Curriculum vitae (cv)',
      text: 'Een blad dat je ervaring, opleidingen en vaardigheden voorstelt aan een werkgever.',
    },
    en: {
      name: 'Curriculum vitae (résumé)',
      text: 'A page presenting your experience, training and skills to an employer.',
    },
  },
  {
    key: 'eft',
    term: 'EFT',
    region: 'be',
    fr: {
      name: 'Entreprise de formation par le travail',
      text: 'Ancien nom d’un type de CISP : on apprend un métier en travaillant.',
    },
    nl: {
      name: 'Opleidingsbedrijf via werk',
      text: 'Oude naam van een soort CISP: je leert een beroep door te werken.',
    },
    en: {
      name: 'Work-based training company',
      text: 'Former name of a kind of CISP: you learn a trade by working.',
    },
  },
  {
    key: 'esco',
    term: 'ESCO',
    region: 'all',
    fr: {
      name: 'Classification européenne des aptitudes, compétences, certifications et professions',
      text: 'Une grande liste européenne des métiers et des compétences. Elle aide à décrire une compétence avec les mêmes mots partout.',
    },
    nl: {
      name: 'Europese classificatie van vaardigheden, competenties, kwalificaties en beroepen',
      text: 'Een grote Europese lijst van beroepen en vaardigheden, om overal dezelfde woorden te gebruiken.',
    },
    en: {
      name: 'European Skills, Competences, Qualifications and Occupations',
      text: 'A large European list of jobs and skills, so a skill is described with the same words everywhere.',
    },
  },
  {
    key: 'forem',
    term: 'Forem',
    region: 'be',
    fr: {
      name: "Office wallon de la formation professionnelle et de l'emploi",
      text: "Le service public de l'emploi et de la formation en Wallonie.",
    },
    nl: {
      name: 'Waalse dienst voor beroepsopleiding en arbeidsbemiddeling',
      text: 'De openbare dienst voor werk en opleiding in Wallonië.',
    },
    en: {
      name: 'Walloon employment and training office',
      text: 'The public employment and training service in Wallonia.',
    },
  },
  {
    key: 'france-travail',
    term: 'France Travail',
    region: 'fr',
    fr: {
      name: 'France Travail (avant : Pôle emploi)',
      text: "Le service public de l'emploi en France. Il inscrit les demandeurs d'emploi, verse des allocations et accompagne.",
    },
    nl: {
      name: 'France Travail (vroeger: Pôle emploi)',
      text: 'De openbare dienst voor werk in Frankrijk. Inschrijving, uitkeringen en begeleiding.',
    },
    en: {
      name: 'France Travail (formerly Pôle emploi)',
      text: 'The public employment service in France. Registration, benefits and support.',
    },
  },
  {
    key: 'iae',
    term: 'IAE',
    region: 'fr',
    fr: {
      name: "Insertion par l'activité économique",
      text: 'En France, des entreprises qui embauchent des personnes éloignées de l’emploi et les accompagnent pendant le travail.',
    },
    nl: {
      name: 'Inschakeling via economische activiteit',
      text: 'In Frankrijk bedrijven die mensen ver van werk aannemen en hen begeleiden tijdens het werk.',
    },
    en: {
      name: 'Integration through economic activity',
      text: 'In France, companies that hire people far from work and support them on the job.',
    },
  },
  {
    key: 'mire',
    term: 'MIRE',
    region: 'be',
    fr: {
      name: "Mission régionale pour l'emploi",
      text: 'Un service en Wallonie qui aide à trouver un emploi durable et suit la personne au début de l’emploi.',
    },
    nl: {
      name: 'Regionale missie voor werk',
      text: 'Een dienst in Wallonië die helpt om duurzaam werk te vinden en je volgt in het begin van de job.',
    },
    en: {
      name: 'Regional employment mission',
      text: 'A service in Wallonia that helps you find lasting work and follows you in the first months.',
    },
  },
  {
    key: 'mission-locale',
    term: 'Mission locale',
    region: 'all',
    fr: {
      name: 'Mission locale',
      text: 'En France, un service pour les jeunes de 16 à 25 ans : emploi, formation, santé, logement. À Bruxelles, les missions locales aident aussi vers l’emploi.',
    },
    nl: {
      name: 'Mission locale',
      text: 'In Frankrijk een dienst voor jongeren van 16 tot 25 jaar: werk, opleiding, gezondheid, huisvesting. In Brussel helpen de missions locales ook naar werk.',
    },
    en: {
      name: 'Mission locale (local mission)',
      text: 'In France, a service for young people aged 16 to 25: work, training, health, housing. In Brussels, missions locales also help toward work.',
    },
  },
  {
    key: 'oisp',
    term: 'OISP',
    region: 'be',
    fr: {
      name: "Organisme d'insertion socioprofessionnelle",
      text: 'Ancien nom d’un CISP : un centre qui forme et accompagne vers l’emploi.',
    },
    nl: {
      name: 'Organisatie voor socio-professionele inschakeling',
      text: 'Oude naam van een CISP: een centrum dat opleidt en begeleidt naar werk.',
    },
    en: {
      name: 'Socio-professional integration body',
      text: 'Former name of a CISP: a centre that trains and supports toward work.',
    },
  },
  {
    key: 'onem',
    term: 'ONEM',
    region: 'be',
    fr: {
      name: "Office national de l'emploi",
      text: 'Le service fédéral belge qui décide des allocations de chômage.',
    },
    nl: {
      name: 'Rijksdienst voor Arbeidsvoorziening (RVA)',
      text: 'De federale Belgische dienst die beslist over werkloosheidsuitkeringen.',
    },
    en: {
      name: 'National employment office',
      text: 'The Belgian federal service that decides on unemployment benefits.',
    },
  },
  {
    key: 'plie',
    term: 'PLIE',
    region: 'fr',
    fr: {
      name: "Plan local pour l'insertion et l'emploi",
      text: 'En France, un accompagnement renforcé vers l’emploi, avec une personne de référence, organisé par les communes.',
    },
    nl: {
      name: 'Lokaal plan voor inschakeling en werk',
      text: 'In Frankrijk een sterke begeleiding naar werk met één vaste persoon, georganiseerd door gemeenten.',
    },
    en: {
      name: 'Local plan for integration and employment',
      text: 'In France, close support toward work with one referent person, organised by municipalities.',
    },
  },
  {
    key: 'pole-emploi',
    term: 'Pôle emploi',
    region: 'fr',
    fr: {
      name: 'Pôle emploi',
      text: 'Ancien nom de France Travail, le service public de l’emploi en France.',
    },
    nl: {
      name: 'Pôle emploi',
      text: 'Oude naam van France Travail, de openbare dienst voor werk in Frankrijk.',
    },
    en: {
      name: 'Pôle emploi',
      text: 'Former name of France Travail, the public employment service in France.',
    },
  },
  {
    key: 'ris',
    term: 'RIS',
    region: 'be',
    fr: {
      name: "Revenu d'intégration sociale",
      text: 'En Belgique, un revenu minimum versé par le CPAS à qui n’a pas assez pour vivre.',
    },
    nl: {
      name: 'Leefloon',
      text: 'In België een minimuminkomen dat het OCMW betaalt aan wie niet genoeg heeft om te leven.',
    },
    en: {
      name: 'Social integration income',
      text: 'In Belgium, a minimum income paid by the CPAS to people who do not have enough to live on.',
    },
  },
  {
    key: 'rome',
    term: 'ROME',
    region: 'fr',
    fr: {
      name: 'Répertoire opérationnel des métiers et des emplois',
      text: 'La liste des métiers utilisée par France Travail. Chaque métier a un code.',
    },
    nl: {
      name: 'Repertorium van beroepen en functies',
      text: 'De lijst van beroepen die France Travail gebruikt. Elk beroep heeft een code.',
    },
    en: {
      name: 'Operational directory of trades and jobs',
      text: 'The list of jobs used by France Travail. Each job has a code.',
    },
  },
  {
    key: 'rsa',
    term: 'RSA',
    region: 'fr',
    fr: {
      name: 'Revenu de solidarité active',
      text: 'En France, un revenu minimum pour les personnes qui ont peu ou pas de ressources.',
    },
    nl: {
      name: 'Actief solidariteitsinkomen',
      text: 'In Frankrijk een minimuminkomen voor mensen met weinig of geen inkomen.',
    },
    en: {
      name: 'Active solidarity income',
      text: 'In France, a minimum income for people with little or no resources.',
    },
  },
  {
    key: 'vae',
    term: 'VAE',
    region: 'all',
    fr: {
      name: "Validation des acquis de l'expérience",
      text: 'Faire reconnaître par un diplôme ou un titre ce que vous avez appris en travaillant ou en faisant du bénévolat.',
    },
    nl: {
      name: 'Erkenning van verworven competenties (EVC)',
      text: 'Laten erkennen met een diploma of titel wat je geleerd hebt door te werken of vrijwilligerswerk te doen.',
    },
    en: {
      name: 'Validation of prior learning',
      text: 'Getting what you learned through work or volunteering recognised by a diploma or certificate.',
    },
  },
  {
    key: 'vdab',
    term: 'VDAB',
    region: 'be',
    fr: {
      name: "Service flamand de l'emploi et de la formation",
      text: "Le service public de l'emploi et de la formation en Flandre.",
    },
    nl: {
      name: 'Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding',
      text: 'De openbare dienst voor werk en opleiding in Vlaanderen.',
    },
    en: {
      name: 'Flemish employment and training service',
      text: 'The public employment and training service in Flanders.',
    },
  },
]

/** Every entry, in alphabetical order of the term; the French with French spacing (typography.ts). */
export const GLOSSARY: readonly GlossaryEntry[] = ENTRIES.map((e) => ({
  ...e,
  fr: { name: frenchSpacing(e.fr.name), text: frenchSpacing(e.fr.text) },
}))
