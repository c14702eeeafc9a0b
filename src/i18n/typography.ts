// Typographic spacing per language. French puts a no-break space before ":" (U+00A0) and a narrow
// no-break space (U+202F) before ";", "?", "!" and inside « »; Dutch and English put none. The French
// source files are written with ordinary spaces for readability; `typesetFrench` turns them into
// no-break spaces once, when fr.ts loads, so a line never starts with a lone "?" or ":".
// `spacingProblems` is the rule the tests hold every message to.
import type { LangCode } from './format.ts'

/** No-break space, before the French colon. */
export const NBSP = '\u00a0'
/** Narrow no-break space, before ; ? ! and inside « » in French. */
export const NNBSP = '\u202f'

// A mark that ends a clause: followed by a space, a closing bracket or the end of the text.
// "https://", "14:02" or "?x=1" are not clauses and are left alone.
const CLAUSE_END = '(?=[\\s)»]|$)'

/** One French text with no-break spaces where French typography wants them. */
export const frenchSpacing = (text: string): string =>
  text
    .replace(new RegExp(`[ ${NBSP}${NNBSP}]?:${CLAUSE_END}`, 'g'), (m, offset: number) =>
      offset === 0 && m === ':' ? m : `${NBSP}:`,
    )
    .replace(new RegExp(`[ ${NBSP}${NNBSP}]?([;?!]+)${CLAUSE_END}`, 'g'), `${NNBSP}$1`)
    .replace(new RegExp(`«[ ${NBSP}${NNBSP}]?`, 'g'), `«${NNBSP}`)
    .replace(new RegExp(`[ ${NBSP}${NNBSP}]?»`, 'g'), `${NNBSP}»`)

/** Every message of a French table with French spacing; keys and their types are kept. */
export const typesetFrench = <T extends Record<string, string>>(
  messages: T,
): { readonly [K in keyof T]: string } =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, frenchSpacing(v)])) as {
    readonly [K in keyof T]: string
  }

/** What breaks the spacing rule of `lang` in `text` (empty when the text is right). */
export function spacingProblems(lang: LangCode, text: string): string[] {
  const problems: string[] = []
  if (lang === 'fr') {
    if (new RegExp(`(^|[^${NBSP}]):${CLAUSE_END}`).test(text)) problems.push('no no-break space before ":"')
    if (new RegExp(`(^|[^${NNBSP};?!])[;?!]+${CLAUSE_END}`).test(text))
      problems.push('no narrow no-break space before ; ? !')
    if (new RegExp(`«[^${NNBSP}]|[^${NNBSP}]»`).test(text))
      problems.push('« » without narrow no-break spaces')
    return problems
  }
  if (/[\s\u00a0\u202f][:;?!](?=[\s)]|$)/.test(text)) problems.push('space before : ; ? !')
  if (/[«»]/.test(text)) problems.push('French quotation marks « »')
  if (/[\u00a0\u202f]/.test(text)) problems.push('no-break space')
  return problems
}
