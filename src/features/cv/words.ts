// The fixed words of a CV in its three languages. Typed: a key missing in one language fails the
// type check. Kept in the feature (not src/i18n): a CV's language is chosen per CV and may differ
// from the app's, and features do not import the UI's dictionaries.
import type { CvLang } from '../../domain/index.ts'

/** Keys of the fixed words. */
export type CvWordKey =
  | 'heading.profile'
  | 'heading.experience'
  | 'heading.training'
  | 'heading.volunteering'
  | 'heading.other'
  | 'heading.competences'
  | 'heading.projects'
  | 'heading.contact'
  | 'heading.languages'
  | 'contact.email'
  | 'contact.phone'
  | 'contact.city'
  | 'contact.drivingLicence'
  | 'drivingLicence.yes'
  | 'validatedBy'
  | 'since'
  | 'level.1'
  | 'level.2'
  | 'level.3'
  | 'level.4'

const fr: Record<CvWordKey, string> = {
  'heading.profile': 'Profil',
  'heading.experience': 'Expérience professionnelle',
  'heading.training': 'Formation',
  'heading.volunteering': 'Bénévolat',
  'heading.other': 'Autres expériences',
  'heading.competences': 'Compétences',
  'heading.projects': 'Projet professionnel',
  'heading.contact': 'Contact',
  'heading.languages': 'Langues',
  'contact.email': 'E-mail',
  'contact.phone': 'Téléphone',
  'contact.city': 'Ville',
  'contact.drivingLicence': 'Permis de conduire',
  'drivingLicence.yes': 'Permis B',
  validatedBy: 'Validée par {org}',
  since: 'depuis {date}',
  'level.1': 'notions',
  'level.2': 'bonne pratique',
  'level.3': 'maîtrise',
  'level.4': 'expertise',
}

const nl: Record<CvWordKey, string> = {
  'heading.profile': 'Profiel',
  'heading.experience': 'Werkervaring',
  'heading.training': 'Opleiding',
  'heading.volunteering': 'Vrijwilligerswerk',
  'heading.other': 'Andere ervaring',
  'heading.competences': 'Competenties',
  'heading.projects': 'Beroepsproject',
  'heading.contact': 'Contact',
  'heading.languages': 'Talen',
  'contact.email': 'E-mail',
  'contact.phone': 'Telefoon',
  'contact.city': 'Woonplaats',
  'contact.drivingLicence': 'Rijbewijs',
  'drivingLicence.yes': 'Rijbewijs B',
  validatedBy: 'Gevalideerd door {org}',
  since: 'sinds {date}',
  'level.1': 'basiskennis',
  'level.2': 'goede praktijk',
  'level.3': 'beheersing',
  'level.4': 'expertise',
}

const en: Record<CvWordKey, string> = {
  'heading.profile': 'Profile',
  'heading.experience': 'Work experience',
  'heading.training': 'Education and training',
  'heading.volunteering': 'Volunteering',
  'heading.other': 'Other experience',
  'heading.competences': 'Skills',
  'heading.projects': 'Career goal',
  'heading.contact': 'Contact',
  'heading.languages': 'Languages',
  'contact.email': 'Email',
  'contact.phone': 'Phone',
  'contact.city': 'City',
  'contact.drivingLicence': 'Driving licence',
  'drivingLicence.yes': 'Category B licence',
  validatedBy: 'Validated by {org}',
  since: 'since {date}',
  'level.1': 'basic',
  'level.2': 'good',
  'level.3': 'proficient',
  'level.4': 'expert',
}

/** Every language's words. */
export const CV_WORDS: Record<CvLang, Record<CvWordKey, string>> = { fr, nl, en }

/** One fixed word in a language, with `{name}` placeholders filled. */
export const cvWord = (lang: CvLang, key: CvWordKey, values: Record<string, string> = {}): string =>
  CV_WORDS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '')
