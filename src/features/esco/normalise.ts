// Search keys for ESCO labels and for what the person types: the same folding on both sides, so
// accents, case, punctuation and simple FR/EN/NL plurals are forgiven. Folding a bit too much only
// adds a few extra matches; folding differently on each side would lose them, hence one function
// (`searchKeys`), used for a single query and for the ~40,000 labels of a picker alike.
// Speed: a picker computes every key when it opens, on slow phones. The labels are joined into one
// string, normalised by a few global replacements (native code) rather than label by label, and
// split again; only the plural folding calls back into JavaScript, once per word.

const SEP = '\u0001'
const CONCEPT_SEP = '\u0002'
const COMBINING = /[\u0300-\u036f]/g
const SPECIAL = /[œæßøłđı]/g
const SPECIAL_MAP: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' }
// Built from a string: the label separator is a control character, kept apart from the words.
const NOT_WORD = new RegExp(`[^a-z0-9${SEP}${CONCEPT_SEP}]+`, 'g')
// Only words foldWord may change: 4+ characters ending in s, x, e or n (a callback per word is the
// costly part, so the others are not visited).
const FOLDABLE = /(?<![a-z0-9])[a-z0-9]{3,}[sxen](?![a-z0-9])/g

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

// The folding itself, on one string whose texts are already separated by SEP / CONCEPT_SEP.
const fold = (padded: string): string =>
  padded
    .toLowerCase()
    .replace(SPECIAL, (c) => SPECIAL_MAP[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(NOT_WORD, ' ')
    .replace(FOLDABLE, (w) => foldWord(w))
    .replace(/ {2,}/g, ' ')

/** The search key of each text: its folded words between single spaces, with a space at each end
 * (' accueillir le client '), so that `key.includes(' ' + word)` tests a word prefix. A text with
 * no letters or digits gives ' '. */
export const searchKeys = (texts: readonly string[]): string[] =>
  fold(`  ${texts.join(`  ${SEP}  `)}  `).split(SEP)

/** Every concept's labels' keys in one pass, as one string: a concept's label keys joined by '|',
 * concepts joined by '\n' (neither character survives in a key). Same keys as searchKeys, without
 * building one string per label: a picker opening on a slow phone does this for ~100,000 labels. */
export const conceptKeysOf = (labelLists: readonly (readonly string[])[]): string =>
  fold(`  ${labelLists.map((ls) => ls.join(`  ${SEP}  `)).join(`  ${CONCEPT_SEP}  `)}  `)
    .replaceAll(SEP, '|')
    .replaceAll(CONCEPT_SEP, '\n')

/** The search key of one text (see searchKeys). */
export const searchKey = (text: string): string => searchKeys([text])[0] as string

/** The folded words of a text. */
export const searchWords = (text: string): string[] =>
  searchKey(text)
    .split(' ')
    .filter((w) => w !== '')
