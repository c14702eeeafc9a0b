// Pure text helpers for one language, kept apart from the language store so they can be tested in
// French, Dutch and English side by side (index.ts binds them to the current language).

/** A language code of the app (kept here so pure modules need not import the store). */
export type LangCode = 'fr' | 'nl' | 'en'

/** The locale for dates, times and numbers: Belgian French and Dutch, British English (day first). */
export const LOCALE: Record<LangCode, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' }

/** `{name}` placeholders filled in; unknown ones are left visible so a missing value shows. */
export const fill = (text: string, params?: Record<string, string | number>): string =>
  params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text

const rules = new Map<LangCode, Intl.PluralRules>()
const pluralRules = (lang: LangCode): Intl.PluralRules => {
  let r = rules.get(lang)
  if (!r) {
    r = new Intl.PluralRules(lang)
    rules.set(lang, r)
  }
  return r
}

/**
 * The form of a counted text "one|many" for `n`, chosen by the language's plural rules
 * (`Intl.PluralRules`: French says "0 étape" and "1,5 heure", Dutch and English "0 stappen").
 * A text "zero|one|many" says nothing counted as a sentence of its own ("Aucune étape pour le
 * moment"), where "0 étape", correct French, reads to a person as a figure to decode.
 */
export const pluralForm = (lang: LangCode, n: number, text: string): string => {
  const forms = text.split('|')
  const [zero, one = '', many = one] = forms.length > 2 ? forms : [undefined, ...forms]
  if (n === 0 && zero !== undefined) return zero
  return pluralRules(lang).select(n) === 'one' ? one : many
}

/** Date of a 'YYYY-MM-DD' day or an ISO timestamp, written out ("30 juin 2027"); the input if unreadable. */
export const dateIn = (lang: LangCode, iso: string): string => {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  if (Number.isNaN(d.getTime())) return iso
  return dateFormat(lang).format(d)
}

// One formatter per language: toLocaleDateString builds a new Intl.DateTimeFormat on every call,
// which a list of hundreds of dates (the home, the journal) pays for each line.
const dateFormats = new Map<LangCode, Intl.DateTimeFormat>()
const dateFormat = (lang: LangCode): Intl.DateTimeFormat => {
  let f = dateFormats.get(lang)
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' })
    dateFormats.set(lang, f)
  }
  return f
}

/** French puts a no-break space before the colon; Dutch and English put none. */
export const colonIn = (lang: LangCode, label: string, value: string): string =>
  lang === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`
