// The badge image of a credential: one small SVG per competence family, drawn in code and written as a
// data: URI, so a wallet shows something without Livret or anyone else serving a file (no network).
// ASCII only, so the base64 step needs no UTF-8 handling; colours pass WCAG AA contrast with white text.
import type { CompetenceFamily } from '../domain/enums.ts'

const FAMILY_STYLE: Record<CompetenceFamily, { colour: string; glyph: string; caption: string }> = {
  // An open book: knowledge.
  savoir: {
    colour: '#1f5fa8',
    glyph: '<path d="M22 30c6-3 12-3 18 0v24c-6-3-12-3-18 0zM58 30c-6-3-12-3-18 0v24c6-3 12-3 18 0z"/>',
    caption: 'Savoir',
  },
  // A wrench: know-how.
  'savoir-faire': {
    colour: '#8a4b08',
    glyph: '<path d="M50 22a10 10 0 0 0-9 14L24 53l5 5 17-17a10 10 0 0 0 14-9l-6 4-6-2-2-6z"/>',
    caption: 'Savoir-faire',
  },
  // Two people side by side: behaviour with others.
  'savoir-etre': {
    colour: '#2e6b30',
    glyph:
      '<circle cx="31" cy="30" r="6"/><circle cx="49" cy="30" r="6"/><path d="M20 56c0-9 5-15 11-15s11 6 11 15zM38 56c0-9 5-15 11-15s11 6 11 15z"/>',
    caption: 'Savoir-etre',
  },
}

/** The SVG text of a family's badge (80x80, a disc with a pictogram). */
export const familyBadgeSvg = (family: CompetenceFamily): string => {
  const s = FAMILY_STYLE[family]
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80" width="80" height="80">' +
    `<title>${s.caption}</title><circle cx="40" cy="40" r="38" fill="${s.colour}"/>` +
    `<g fill="#fff">${s.glyph}</g></svg>`
  )
}

/** The OB 3.0 Image of a family's badge: an SVG data URI. */
export const familyBadgeImage = (
  family: CompetenceFamily,
): { id: string; type: 'Image'; caption: string } => ({
  id: `data:image/svg+xml;base64,${btoa(familyBadgeSvg(family))}`,
  type: 'Image',
  caption: `Compétence : ${FAMILY_STYLE[family].caption.replace('Savoir-etre', 'Savoir-être')}`,
})
