// Pictograms shown beside headings: decorative (aria-hidden), always next to visible text.

/** The pictogram of each part of the app. */
export const ICONS = {
  home: '🏠',
  experiences: '🧰',
  competences: '⭐',
  projects: '🎯',
  plan: '🗺️',
  situation: '🧭',
  path: '🛤️',
  contacts: '📇',
  journal: '📓',
  glossary: '📖',
  settings: '⚙️',
  backup: '💾',
  print: '🖨️',
  savoir: '📚',
  'savoir-faire': '🛠️',
  'savoir-etre': '🤝',
  steps: '👣',
  private: '🔒',
  listen: '🔊',
  stop: '⏹️',
  saved: '✔️',
  error: '⚠️',
  language: '🌐',
  storage: '📦',
} as const

/** Name of a pictogram. */
export type IconName = keyof typeof ICONS

/** A decorative pictogram. */
export function Icon({ name }: { name: IconName }) {
  return (
    <span class="icon" aria-hidden="true">
      {ICONS[name]}
    </span>
  )
}
