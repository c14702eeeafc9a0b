// Translations: French is the source (fr.ts); Dutch and English are typed `Messages`, so a
// missing or extra key fails type-checking. Dutch and English load on demand.
import { createStore, type Store } from '../lib/index.ts'
import { colonIn, dateIn, fill, LOCALE, pluralForm } from './format.ts'
import { fr } from './fr.ts'

export * from './glossary.ts'
export { openCommitments, stepOrigin, type Translate } from './plan-words.ts'
export { pickVoice, type SpeechNode, speechText } from './speech.ts'
export { fr }

/** Every message key. */
export type MessageKey = keyof typeof fr
/** The shape every language must fill. */
export type Messages = { readonly [K in MessageKey]: string }
/** Languages of the app. */
export const LANGS = ['fr', 'nl', 'en'] as const
/** One language of the app. */
export type Lang = (typeof LANGS)[number]

const STORAGE_KEY = 'livret.lang'
let messages: Messages = fr
const langs = createStore<Lang>('fr')
/** The current language as an observable value (ui/store.ts's `useLang` re-renders on a switch). */
export const langStore: Pick<Store<Lang>, 'get' | 'subscribe'> = langs

const isLang = (s: unknown): s is Lang => typeof s === 'string' && (LANGS as readonly string[]).includes(s)

const load = async (lang: Lang): Promise<Messages> => {
  if (lang === 'nl') return (await import('./nl.ts')).nl
  if (lang === 'en') return (await import('./en.ts')).en
  return fr
}

/** The language remembered on this device, if the person chose one. */
export function savedLang(): Lang | undefined {
  try {
    const s = localStorage.getItem(STORAGE_KEY)
    return isLang(s) ? s : undefined
  } catch {
    return undefined
  }
}

/** Switches language: loads its messages, updates `<html lang>`, remembers the choice. */
export async function setLang(lang: Lang, remember = true): Promise<void> {
  messages = await load(lang)
  document.documentElement.lang = lang
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, lang)
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }
  langs.set(lang)
}

/** The current language. */
export const currentLang = (): Lang => langStore.get()

/** The message for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return fill(messages[key] ?? fr[key], params)
}

/**
 * A counted message written "one|many" ('{n} compétence|{n} compétences'), chosen by
 * `Intl.PluralRules` for the current language. `{n}` is `n` unless `params` says otherwise.
 */
export function plural(key: MessageKey, n: number, params?: Record<string, string | number>): string {
  return fill(pluralForm(langStore.get(), n, messages[key] ?? fr[key]), { n, ...params })
}

/** A date 'YYYY-MM-DD' or timestamp in the person's language. */
export const formatDate = (iso: string): string => dateIn(langStore.get(), iso)

/** "Label : value" with the current language's spacing before the colon. */
export const labelled = (label: string, value: string): string => colonIn(langStore.get(), label, value)

/** A time of day in the person's language. */
export const formatTime = (d: Date): string =>
  d.toLocaleTimeString(LOCALE[langStore.get()], { hour: '2-digit', minute: '2-digit' })
