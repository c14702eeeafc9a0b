// The path drawn as a picture: one dot per stage on a vertical line, with its name and dates.
// The picture is one image for assistive technologies, described by the list of stages.

import { formatDate, t } from '../../i18n/index.ts'
import type { TimelineStage as PathStage } from './overview.ts'

const ROW = 76
const MAX = 8

const stageName = (s: PathStage): string =>
  `${t(`stage.${s.kind}`)}${s.trainingLevel ? ` (${t(`tlevel.${s.trainingLevel}`)})` : ''}`

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

const dates = (s: PathStage): string =>
  `${formatDate(s.startDate)}${s.endDate ? ` → ${formatDate(s.endDate)}` : ' →'}`

/** The timeline of the last stages (oldest at the top). */
export function PathTimeline({ stages }: { stages: readonly PathStage[] }) {
  const shown = stages.slice(-MAX)
  const alt = t('home.pathAlt', {
    stages: shown.map((s) => `${stageName(s)}, ${s.organisation}, ${dates(s)}`).join(' ; '),
  })
  const height = shown.length * ROW - 8
  const lastY = 18 + (shown.length - 1) * ROW
  return (
    <svg
      class="timeline"
      role="img"
      aria-label={alt}
      viewBox={`0 0 320 ${height}`}
      width="100%"
      height={height}
    >
      <line x1="18" y1="18" x2="18" y2={lastY} stroke="#1d4e89" stroke-width="4" stroke-linecap="round" />
      {shown.map((s, i) => {
        const y = 18 + i * ROW
        const current = s.endDate === undefined
        return (
          <g key={s.id}>
            <circle
              cx="18"
              cy={y}
              r={current ? 11 : 8}
              fill={current ? '#ffffff' : '#1d4e89'}
              stroke="#1d4e89"
              stroke-width="4"
            />
            <text x="40" y={y + 5} font-size="16" font-weight="700" fill="#1a1a1a">
              {cut(stageName(s), 27)}
            </text>
            <text x="40" y={y + 25} font-size="14" fill="#333333">
              {cut(s.organisation, 34)}
            </text>
            <text x="40" y={y + 44} font-size="14" fill="#333333">
              {cut(dates(s), 40)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
