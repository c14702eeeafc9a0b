// For tests: a translation bound to one language's table, without the app's language store.
import { en } from './en.ts'
import { fill, type LangCode } from './format.ts'
import { fr } from './fr.ts'
import type { Messages } from './index.ts'
import { nl } from './nl.ts'
import type { Translate } from './plan-words.ts'

/** Each language's messages. */
export const TABLES: Record<LangCode, Messages> = { fr, nl, en }

/** `t` for one language. */
export const translateIn =
  (lang: LangCode): Translate =>
  (key, params) =>
    fill(TABLES[lang][key], params)
