// What the operator reads once a share has ended: withdrawn by the person, or expired.

import type { ReceivedRecord } from '../../../features/receive/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'

/** Plain words for a revoked or expired share (nothing for an active one). */
export function EndedNotice({ record }: { record: ReceivedRecord }) {
  if (record.status === 'active') return null
  return (
    <div class="card op-ended" role="status">
      <p class="op-ended-title">
        <Icon name="error" />{' '}
        {record.status === 'revoked'
          ? t('operator.revoked')
          : t('operator.expired', { date: formatDate(record.expiresAt) })}
      </p>
      <p>{t('operator.erased')}</p>
      {record.endedAt ? (
        <p class="hint">{t('operator.endedOn', { date: formatDate(record.endedAt) })}</p>
      ) : null}
    </div>
  )
}
