// One way to turn a feature's failure codes into words: a map per feature, typed `Record<Code, MessageKey>`
// so a code the feature adds without words fails type-checking (like operator/receive-errors.ts did first).
import { type MessageKey, t } from '../i18n/index.ts'

/** The failure code of a function that returns a `Result` (or a promise of one). */
export type CodeOf<F extends (...args: never[]) => unknown> =
  Awaited<ReturnType<F>> extends infer R
    ? R extends { ok: false; code: infer C extends string }
      ? C
      : never
    : never

/** The words of one feature's error codes. */
export type ErrorMessages<Code extends string> = {
  /** The message key of a code. */
  key(code: Code): MessageKey
  /** The sentence of a code, in the current language. */
  text(code: Code): string
  /** The key of a code typed only as a string (a valibot issue's message): a code outside the map gets the fallback. */
  keyOf(code: string): MessageKey
  /** The map itself, to build a wider one from it. */
  keys: Readonly<Record<Code, MessageKey>>
}

/**
 * Makes a feature's code → message key map. Every code of `Code` needs a key; `fallback` answers a code
 * that comes at run time from outside the type (a refusal a newer relay may add), never a known one.
 */
export function errorMessages<Code extends string>(
  keys: Readonly<Record<Code, MessageKey>>,
  fallback: MessageKey,
): ErrorMessages<Code> {
  const keyOf = (code: string): MessageKey => (Object.hasOwn(keys, code) ? keys[code as Code] : fallback)
  return { key: keyOf, keyOf, text: (code) => t(keyOf(code)), keys }
}
