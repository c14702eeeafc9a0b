// Read-aloud text built from what the screen shows, as whole sentences a voice can say.
// `textContent` glued blocks together ("Mon plan d'actionUn seul plan…", "30 juin 20271 étapes",
// read as one number); here every block element ends a sentence, inline elements are separated by
// a space, pictogram arrows and dots become pauses, and dates, times, percentages and fractions are
// written the way the language says them. Pure: it walks anything shaped like a DOM node, so it is
// tested without a browser. The voice is chosen by language among the device's own voices only:
// a network voice would send the person's booklet to a speech service (nothing leaves the device).
import { dateIn, type LangCode, pluralForm } from './format.ts'

/** The part of a DOM node the walk reads (an Element or a Text node satisfies it). */
export type SpeechNode = {
  readonly nodeType: number
  readonly nodeName: string
  readonly nodeValue: string | null
  readonly childNodes: ArrayLike<SpeechNode>
  getAttribute?(name: string): string | null
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

// Not read: controls (the person acts on them, they are not content), hidden and decorative parts.
const SKIPPED = new Set([
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'SCRIPT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'NOSCRIPT',
])

// Elements after which a voice must stop: each is its own sentence.
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LABEL LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'
  ).split(' '),
)

const skipped = (n: SpeechNode): boolean => {
  const hidden = n.getAttribute?.('hidden')
  return (
    SKIPPED.has(n.nodeName.toUpperCase()) ||
    n.getAttribute?.('aria-hidden') === 'true' ||
    (hidden !== null && hidden !== undefined)
  )
}

/** The text pieces of a tree, one per block, in reading order. */
export function blockTexts(root: SpeechNode): string[] {
  const blocks: string[] = []
  let current = ''
  const flush = () => {
    if (current.trim()) blocks.push(current)
    current = ''
  }
  const walk = (n: SpeechNode) => {
    if (n.nodeType === TEXT_NODE) {
      current += n.nodeValue ?? ''
      return
    }
    if (n.nodeType !== ELEMENT_NODE || skipped(n)) return
    // A status badge ("À faire", "Objectif atteint") is a phrase of its own, not the start of the next one.
    const block =
      BLOCKS.has(n.nodeName.toUpperCase()) || /(^|\s)badge(\s|$)/.test(n.getAttribute?.('class') ?? '')
    if (block) flush()
    else current += ' '
    for (let i = 0; i < n.childNodes.length; i++) {
      const child = n.childNodes[i]
      if (child) walk(child)
    }
    if (block) flush()
    else current += ' '
  }
  walk(root)
  flush()
  return blocks
}

const WORDS: Record<LangCode, { hour: string; percent: string; of: string }> = {
  fr: { hour: '{n} heure|{n} heures', percent: 'pour cent', of: 'sur' },
  nl: { hour: '{n} uur|{n} uur', percent: 'procent', of: 'van' },
  en: { hour: '{n} o’clock|{n} o’clock', percent: 'per cent', of: 'of' },
}

const pad = (s: string) => s.padStart(2, '0')

/** One piece of text with dates, times, numbers and symbols written the way `lang` says them. */
export function speakable(text: string, lang: LangCode): string {
  const w = WORDS[lang]
  return (
    text
      .replace(/[\u00a0\u202f\t\r\n]/g, ' ')
      // Digit groups written with a space ("2 000") are one number, not two.
      .replace(/(\d) (?=\d{3}(?!\d))/g, '$1')
      .replace(/\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?\b/g, (m, y: string, mo: string, d: string) =>
        dateIn(lang, `${y}-${mo}-${d}`) === `${y}-${mo}-${d}` ? m : dateIn(lang, `${y}-${mo}-${d}`),
      )
      .replace(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, (m, d: string, mo: string, y: string) => {
        const iso = `${y}-${pad(mo)}-${pad(d)}`
        return dateIn(lang, iso) === iso ? m : dateIn(lang, iso)
      })
      .replace(/\b([01]?\d|2[0-3])[:h](\d{2})\b/g, (_m, h: string, min: string) => {
        const hours = Number(h)
        if (lang === 'en') return `${hours}:${min}`
        const said = pluralForm(lang, hours, w.hour).replace('{n}', String(hours))
        return min === '00' ? said : `${said} ${Number(min)}`
      })
      .replace(/(\d+(?:[.,]\d+)?) ?%/g, `$1 ${w.percent}`)
      .replace(/\b(\d+) ?\/ ?(\d+)\b/g, `$1 ${w.of} $2`)
      // Pictograms and separators become pauses.
      .replace(/\s*[→←↗↘·•|—–]\s*/g, ', ')
      .replace(/[✓✔✗✘★☆]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,]+|[\s,]+$/g, '')
  )
}

/** Pieces of text joined as sentences: each ends with a full stop unless it already ends a clause. */
export const asSentences = (pieces: readonly string[], lang: LangCode): string =>
  pieces
    .map((p) => speakable(p, lang))
    .filter((p) => /[\p{L}\p{N}]/u.test(p))
    .map((p) => (/[.!?…:;]$/.test(p) ? p : `${p}.`))
    .join(' ')

/** The read-aloud text of a screen region. */
export const speechText = (root: SpeechNode, lang: LangCode): string => asSentences(blockTexts(root), lang)

/** The part of a SpeechSynthesisVoice the choice reads. */
export type VoiceLike = { readonly lang: string; readonly localService: boolean; readonly default: boolean }

// Belgian French and Dutch first, then the language's other regions.
const PREFERRED: Record<LangCode, readonly string[]> = {
  fr: ['fr-be', 'fr-fr'],
  nl: ['nl-be', 'nl-nl'],
  en: ['en-gb', 'en-ie', 'en-us'],
}

/**
 * The device's own voice for `lang`, or undefined when it has none. Voices that work over the
 * network (`localService: false`) are never chosen: they send the text to a speech service.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: LangCode): V | undefined {
  let best: V | undefined
  let bestScore = 0
  for (const v of voices) {
    if (!v.localService) continue
    const tag = v.lang.toLowerCase().replace('_', '-')
    if (tag !== lang && !tag.startsWith(`${lang}-`)) continue
    const rank = PREFERRED[lang].indexOf(tag)
    const score = (rank === -1 ? 1 : 10 - rank) + (v.default ? 0.5 : 0)
    if (score > bestScore) {
      best = v
      bestScore = score
    }
  }
  return best
}
