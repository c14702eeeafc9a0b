// The words of the product, one per concept and per language, that every screen uses; the
// tests (words.test.ts) hold every message to them. Choices and why:
// - Compétence vs its three families. French keeps the words of the field: compétence, and the
//   families savoir / savoir-faire / savoir-être. Dutch and English use the triad of the European
//   key-competences framework (Council Recommendation of 22 May 2018: a competence is a mix of
//   "knowledge, skills and attitudes"; Flemish education and VDAB say "kennis, vaardigheden en
//   attitudes"): competentie(s) / kennis / vaardigheden / attitudes, competence(s) / knowledge /
//   skills / attitudes. "Vaardigheid" and "skill" are therefore kept for savoir-faire only: using
//   them for competences in general (as before) made the whole and one of its parts the same word.
//   "Soft skills" and "sociale vaardigheden" are dropped for savoir-être: attitudes cover more than
//   social life (punctuality, care), and they clashed with the skills family.
// - EU spelling "competence(s)", not US "competency".
// - Device: appareil / toestel / device, never "phone" for the device in hand (it may be a desktop).
// - Backup: sauvegarde / reservekopie / backup; its secret: mot de passe / wachtwoord / password
//   (plain everyday words; "phrase secrète", "wachtzin" and "passphrase" were used for the same thing).
// - Address: French "vous", Dutch "je" everywhere (informal, as Flemish public services now write to
//   citizens; "u" and "je" were mixed), English plain "you".

/** One language of the term list. */
export type TermLang = 'fr' | 'nl' | 'en'

/** One product concept and the word chosen for it in each language. */
export type Term = { concept: string } & Record<TermLang, string>

/** The product terms (the words screens must use). */
export const TERMS: readonly Term[] = [
  { concept: 'booklet', fr: 'livret', nl: 'boekje', en: 'booklet' },
  { concept: 'competence', fr: 'compétence', nl: 'competentie', en: 'competence' },
  { concept: 'family: savoir', fr: 'savoir', nl: 'kennis', en: 'knowledge' },
  { concept: 'family: savoir-faire', fr: 'savoir-faire', nl: 'vaardigheden', en: 'skills' },
  { concept: 'family: savoir-être', fr: 'savoir-être', nl: 'attitudes', en: 'attitudes' },
  { concept: 'experience', fr: 'expérience', nl: 'ervaring', en: 'experience' },
  { concept: 'share (noun)', fr: 'partage', nl: 'deling', en: 'share' },
  { concept: 'validation', fr: 'validation', nl: 'validatie', en: 'validation' },
  { concept: 'objective', fr: 'objectif', nl: 'doel', en: 'goal' },
  { concept: 'step', fr: 'étape', nl: 'stap', en: 'step' },
  { concept: 'device', fr: 'appareil', nl: 'toestel', en: 'device' },
  { concept: 'backup', fr: 'sauvegarde', nl: 'reservekopie', en: 'backup' },
  { concept: 'backup secret', fr: 'mot de passe', nl: 'wachtwoord', en: 'password' },
  { concept: 'counsellor', fr: 'accompagnateur', nl: 'begeleider', en: 'counsellor' },
  { concept: 'trainer', fr: 'formateur', nl: 'opleider', en: 'trainer' },
  { concept: 'fingerprint', fr: 'empreinte', nl: 'vingerafdruk', en: 'fingerprint' },
]

/** A word a language must not use, and the word to use instead. */
export type Forbidden = { pattern: RegExp; instead: string }

/** Words each language must not use (synonyms of a chosen term, the other form of address). */
export const FORBIDDEN: Record<TermLang, readonly Forbidden[]> = {
  fr: [
    {
      pattern: /\b(ce|le|du|votre) téléphone\b/i,
      instead: 'cet appareil / l’appareil (it may be a desktop)',
    },
    { pattern: /\bphrase secrète\b/i, instead: 'mot de passe' },
    { pattern: /\bconseill(er|ère)s?\b/i, instead: 'accompagnateur' },
    { pattern: /\bJSON\b/, instead: 'fichier (plain words)' },
    { pattern: /(?<![\p{L}'’-])(tu|ton|ta|tes)(?![\p{L}'’-])/iu, instead: 'vous' },
  ],
  nl: [
    { pattern: /\b[Uu]w?\b|\b[Uu]zelf\b/, instead: 'je / jouw (one form of address: je)' },
    { pattern: /\b(kunt|hebt|wilt|bent|zult) je\b/, instead: 'kun je / heb je / wil je / ben je / zul je' },
    { pattern: /\b(deze|de|je|jouw) telefoon\b/i, instead: 'dit toestel / het toestel' },
    { pattern: /\bapparaat\b/i, instead: 'toestel' },
    { pattern: /\bback-?up/i, instead: 'reservekopie' },
    { pattern: /\bwachtzin/i, instead: 'wachtwoord' },
    { pattern: /\bsociale vaardighe/i, instead: 'attitudes' },
    { pattern: /\bJSON\b/, instead: 'bestand' },
  ],
  en: [
    { pattern: /\b(this|the|your) phone\b/i, instead: 'this device / the device' },
    { pattern: /\bcompetenc(y|ies)\b/i, instead: 'competence(s)' },
    { pattern: /\bsoft skills?\b/i, instead: 'attitudes' },
    { pattern: /\bpassphrase/i, instead: 'password' },
    { pattern: /\badvis[eo]rs?\b/i, instead: 'counsellor' },
    { pattern: /\bJSON\b/, instead: 'file' },
  ],
}

/**
 * Pairs that must match across languages: when the French text says the left word, the Dutch and
 * English say theirs, and the Dutch or English word appears only where the French has its word.
 */
export const PAIRED: readonly { fr: RegExp; nl: RegExp; en: RegExp }[] = [
  { fr: /compétence/i, nl: /competentie/i, en: /competence/i },
  { fr: /objectifs?\b/i, nl: /doel(en)?\b/i, en: /\bgoals?\b/i },
  // Validating a competence, not a file that is "valable" or the "validité" of a link.
  { fr: /\bvalid(?!it)/i, nl: /valid(?!it)/i, en: /\bvalidat/i },
  { fr: /expérience/i, nl: /\bervaring/i, en: /experience/i },
  { fr: /\bappareils?\b/i, nl: /toestel/i, en: /\bdevices?\b/i },
  { fr: /savoir-faire/i, nl: /vaardighe/i, en: /\bskills?\b/i },
  { fr: /savoir-être/i, nl: /\battitude/i, en: /\battitude/i },
  // The family, not the verb "savoir" ("On ne peut pas le savoir").
  { fr: /\b(Savoirs?|savoirs|un savoir)\b(?!-)/, nl: /\bkennis\b/i, en: /\bknowledge\b/i },
  // The booklet, not the product name "Livret" nor the file extension ".livret".
  {
    fr: /(?<![.\p{L}])(livrets?|Livrets|Livret(?= (de|reçu|supprimé)(?!\p{L})))(?!\p{L})/u,
    nl: /boekjes?\b/i,
    en: /\bbooklets?\b/i,
  },
]

/**
 * Texts a Dutch or English message may share with its French one, each with its reason. Everything
 * else must be translated: an untranslated string is the most common slip of a three-language app.
 */
export const SAME_AS_FRENCH: Record<'nl' | 'en', Readonly<Record<string, string>>> = {
  nl: {
    Livret: 'the product name',
    ESCO: 'name of the European classification',
    ROME: 'name of the French job directory',
    'E-mail': 'the Dutch word is the same',
    Menu: 'the Dutch word is the same',
    Code: 'the Dutch word is the same',
    Stage: 'Dutch "stage" is the same word for a work placement',
    Privé: 'Dutch writes "privé" with the accent',
    Test: 'the Dutch word is the same',
    test: 'the Dutch word is the same',
    Portfolio: 'the Dutch word is the same',
    portfolio: 'the Dutch word is the same',
    Agenda: 'the Dutch word is the same',
    Français: 'a language named in its own language (the CV language choice)',
    Nederlands: 'a language named in its own language (the CV language choice)',
    English: 'a language named in its own language (the CV language choice)',
  },
  en: {
    Livret: 'the product name',
    ESCO: 'name of the European classification',
    ROME: 'name of the French job directory',
    France: 'a country name spelt the same',
    Menu: 'the English word is the same',
    Code: 'the English word is the same',
    Contacts: 'the English word is the same',
    Journal: 'the English word is the same (a diary of one’s path)',
    Situation: 'the English word is the same',
    Validations: 'the English word is the same',
    Description: 'the English word is the same',
    Notes: 'the English word is the same',
    Date: 'the English word is the same',
    Test: 'the English word is the same',
    test: 'the English word is the same',
    Français: 'a language named in its own language (the CV language choice)',
    Nederlands: 'a language named in its own language (the CV language choice)',
    English: 'a language named in its own language (the CV language choice)',
    Portfolio: 'the English word is the same',
    portfolio: 'the English word is the same',
  },
}
