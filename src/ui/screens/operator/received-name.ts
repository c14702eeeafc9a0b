// The name a received booklet is shown by (list, view, print).
import type { ReceivedRecord } from '../../../features/receive/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'

/** The name its holder chose for the share, else a neutral title with the day it was received
 * (never "no name"): two received booklets can be told apart. */
export const receivedName = (r: ReceivedRecord): string =>
  r.displayName || t('operator.unnamed', { date: formatDate(r.receivedAt) })
