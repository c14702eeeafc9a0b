// Search keys for ESCO labels and for what the person types: the same folding on both sides, so
// accents, case, punctuation and simple FR/EN/NL plurals are forgiven. Folding a bit too much only
// adds a few extra matches; folding differently on each side would lose them, hence one function.

const COMBINING = /[\u0300-\u036f]/g
const NOT_WORD = /[^a-z0-9]+/g

/** One word folded to its singular-ish stem (chevaux→cheval, activities→activity, werken→werk). */
export const foldWord = (w: string): string => {
  let s = w
  if (s.length > 4 && s.endsWith('aux')) return `${s.slice(0, -3)}al`
  if (s.length > 4 && s.endsWith('ies')) return `${s.slice(0, -3)}y`
  if (s.length > 6 && s.endsWith('heden')) return `${s.slice(0, -5)}heid`
  if (s.length > 3 && (s.endsWith('s') || s.endsWith('x'))) s = s.slice(0, -1)
  if (s.length > 4 && s.endsWith('en')) s = s.slice(0, -2)
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1)
  return s
}

/** Words of a text: lower case, accents and punctuation removed (œ→oe, ß→ss), each folded. */
export const searchWords = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(NOT_WORD, ' ')
    .split(' ')
    .filter((w) => w !== '')
    .map(foldWord)

/** The search key of a label: its folded words between spaces (' accueillir le client '), so that
 * `key.includes(' ' + word)` is a word-prefix test and `key.startsWith(' ' + query)` a label prefix. */
export const searchKey = (text: string): string => ` ${searchWords(text).join(' ')} `
