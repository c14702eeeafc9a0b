// What a restore brought back, in plain words: "3 partages, 1 demande de validation".
import { type MessageKey, plural, t } from '../../../i18n/index.ts'

const KNOWN = ['share', 'validation-request', 'proposal-inbox', 'proposal-capability', 'received'] as const

/** The counted list of records by kind, known kinds first, the rest as "autres éléments"; '' when none. */
export function recordsList(counts: Record<string, number>): string {
  const parts: string[] = []
  let other = 0
  for (const kind of KNOWN) {
    const n = counts[kind] ?? 0
    if (n > 0) parts.push(plural(`recovery.kind.${kind}` as MessageKey, n))
  }
  for (const [kind, n] of Object.entries(counts)) if (!(KNOWN as readonly string[]).includes(kind)) other += n
  if (other > 0) parts.push(plural('recovery.kind.other', other))
  return parts.join(', ')
}

/** The sentence said once a restore is done. */
export function restoredSentence(counts: Record<string, number>): string {
  const list = recordsList(counts)
  return list ? t('recovery.brought', { list }) : t('recovery.broughtBookletOnly')
}
