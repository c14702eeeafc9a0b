// Small text helpers shared by several screens.
import { formatDate, t } from '../i18n/index.ts'

/** "Du 3 mars 2024 au 5 mai 2024", or what is known of it. */
export function period(start?: string, end?: string): string {
  if (start && end)
    return `${t('common.from', { date: formatDate(start) })} ${t('common.to', { date: formatDate(end) })}`
  if (start) return t('common.since', { date: formatDate(start) })
  return end ? formatDate(end) : ''
}
