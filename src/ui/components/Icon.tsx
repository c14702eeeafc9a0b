// Pictograms shown beside headings and buttons: small line drawings (inline SVG, so they look
// the same on every phone, even without an emoji font), decorative (aria-hidden), always next
// to visible text.

const c = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`
const box = (x: number, y: number, w: number, h: number) => `M${x} ${y}h${w}v${h}h${-w}z`

const PEOPLE = `${c(8, 8, 3)}${c(16, 8, 3)}M2 20a6 6 0 0 1 12 0M10 20a6 6 0 0 1 12 0`
const HOUSE = 'M3 11l9-8 9 8M5 10v10h5v-6h4v6h5V10'

/** The path data of each pictogram (24 × 24, drawn with a 2 px line). */
export const ICONS = {
  home: HOUSE,
  experiences: `${box(3, 7, 18, 13)}M8 7V4h8v3M3 13h18`,
  competences: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z',
  projects: `${c(12, 12, 9)}${c(12, 12, 5)}${c(12, 12, 1)}`,
  plan: 'M10 6h10M10 12h10M10 18h10M3 6l1.5 1.5L7 5M3 12l1.5 1.5L7 11M3 18l1.5 1.5L7 17',
  situation: `${c(12, 12, 9)}M15.5 8.5l-2 5-5 2 2-5z`,
  path: `${c(6, 18, 2)}${c(18, 6, 2)}M8 18h8a3 3 0 0 0 0-6H8a3 3 0 0 1 0-6h8`,
  contacts: `${box(3, 4, 18, 16)}${c(9, 10, 2.5)}M5.5 17a3.5 3.5 0 0 1 7 0M15 9h4M15 13h3`,
  journal: `${box(6, 3, 13, 18)}M9 3v18M12 8h4M12 12h4`,
  glossary: 'M12 6C10 4.5 7 4 4 4v14c3 0 6 .5 8 2 2-1.5 5-2 8-2V4c-3 0-6 .5-8 2zM12 6v14',
  settings: `${c(12, 12, 3)}M12 2v3M12 19v3M4.9 4.9L7 7M17 17l2.1 2.1M2 12h3M19 12h3M4.9 19.1L7 17M17 7l2.1-2.1`,
  backup: 'M12 3v12M7 10l5 5 5-5M4 17v4h16v-4',
  print: `M7 8V3h10v5M7 17H4V9h16v8h-3${box(7, 14, 10, 7)}`,
  savoir: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6',
  'savoir-faire': 'M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18l3 3 6.3-6.3a4 4 0 0 0 5.4-5.4l-2.5 2.5-2.5-.5-.5-2.5z',
  'savoir-etre': PEOPLE,
  steps: 'M5 21V4M5 4h11l-2 4 2 4H5',
  private: `${box(5, 11, 14, 10)}M8 11V7a4 4 0 0 1 8 0v4`,
  listen: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12',
  stop: box(6, 6, 12, 12),
  saved: 'M4 12l5 5L20 6',
  no: 'M6 6l12 12M18 6L6 18',
  error: 'M12 3l10 18H2zM12 10v5M12 18v.5',
  language: `${c(12, 12, 9)}M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18`,
  storage: 'M3 7l9-4 9 4-9 4zM3 7v10l9 4 9-4V7M12 11v10',
  health: 'M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 6-8 11-8 11z',
  rights: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  speech: 'M4 5h16v11H9l-5 4z',
  mobility: `${box(5, 4, 14, 13)}M5 11h14M8 20v-3M16 20v-3`,
  family: PEOPLE,
  resources: `${c(12, 12, 9)}M15 9a3.5 3.5 0 1 0 0 6M8 11h6M8 13h6`,
  housing: HOUSE,
  profile: `${c(12, 8, 4)}M4 21a8 8 0 0 1 16 0`,
  booklet: `${box(5, 3, 14, 18)}M9 3v18M12 8h4M12 12h4`,
  share: `${c(18, 5, 2.5)}${c(6, 12, 2.5)}${c(18, 19, 2.5)}M8.2 10.8l7.6-4.6M8.2 13.2l7.6 4.6`,
  validated: `${c(12, 9, 6)}M9 9l2 2 4-4M8 14l-2 7 6-3 6 3-2-7`,
  proposals: `${box(4, 3, 16, 18)}M8 8h8M8 12h8M8 16h5`,
  devices: `${box(2, 5, 13, 10)}M5 19h7${box(17, 8, 5, 12)}`,
  received: 'M4 13h5l1 3h4l1-3h5M4 13l3-9h10l3 9v7H4z',
  scan: 'M3 8V3h5M16 3h5v5M21 16v5h-5M8 21H3v-5M7 12h10',
  trainer: `${c(12, 7, 3)}M6 21v-5a6 6 0 0 1 12 0v5M12 13v8`,
  // A building with a flag: the organisation that vouches for its trainers.
  organisation: 'M4 21V9l8-5 8 5v12M2 21h20M9 21v-5h6v5M8 11h2M14 11h2M12 4V1h4',
  // Experience kinds, levels and step statuses (issue 12: a pictogram in every choice).
  'kind-emploi': `${box(3, 7, 18, 13)}M8 7V4h8v3M3 13h18`,
  'kind-formation': 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6',
  'kind-stage': `${box(4, 6, 16, 15)}M9 6V3h6v3${c(12, 12, 2)}M8 18a4 4 0 0 1 8 0`,
  'kind-essai-metier':
    'M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18l3 3 6.3-6.3a4 4 0 0 0 5.4-5.4l-2.5 2.5-2.5-.5-.5-2.5z',
  'kind-benevolat': 'M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 6-8 11-8 11z',
  'kind-vie-quotidienne': HOUSE,
  'kind-autre': `${c(5, 12, 1.5)}${c(12, 12, 1.5)}${c(19, 12, 1.5)}`,
  'level-1': `${box(3, 16, 3, 5)}M9.5 21h3M15.5 21h3M21 21h1`,
  'level-2': `${box(3, 16, 3, 5)}${box(8, 12, 3, 9)}M15.5 21h3M21 21h1`,
  'level-3': `${box(3, 16, 3, 5)}${box(8, 12, 3, 9)}${box(13, 8, 3, 13)}M20 21h2`,
  'level-4': `${box(3, 16, 3, 5)}${box(8, 12, 3, 9)}${box(13, 8, 3, 13)}${box(18, 3, 3, 18)}`,
  'status-todo': c(12, 12, 9),
  'status-doing': `${c(12, 12, 9)}M12 3v18M12 7h5M12 12h7M12 17h5`,
  'status-done': `${c(12, 12, 9)}M8 12l3 3 5-6`,
  'status-dropped': `${c(12, 12, 9)}M9 9l6 6M15 9l-6 6`,
  // The four answers of a situation area: fine, to watch, blocked, not known.
  'sit-ok': `${c(12, 12, 9)}M8 14a5 5 0 0 0 8 0M9 9.5v.5M15 9.5v.5`,
  'sit-attention': 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6',
  'sit-obstacle': `${c(12, 12, 9)}M5.6 5.6l12.8 12.8`,
  'sit-unknown': `${c(12, 12, 9)}M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 17v.5`,
  start: `${c(12, 12, 9)}M10 8l6 4-6 4z`,
  agenda: `${box(3, 5, 18, 16)}M3 10h18M8 3v4M16 3v4M7 14h3M7 17h3`,
  cv: `${box(5, 3, 14, 18)}${c(12, 9, 2.5)}M8.5 16a3.5 3.5 0 0 1 7 0M8 19h8`,
  applications: `${box(3, 7, 18, 13)}M9 7V4h6v3M3 12h18`,
  bell: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 21h4',
} as const

/** Name of a pictogram. */
export type IconName = keyof typeof ICONS

/** A decorative pictogram. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      class="icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={ICONS[name]} />
    </svg>
  )
}
