// What the operator reads while a booklet received on another of their devices comes to this one.
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'

/** Where fetching the copy of a received booklet stands on this device. */
export type FetchState = 'fetching' | 'offline' | 'unavailable'

/** Plain words (and a pictogram) for a copy being fetched, waiting for the Internet, or out of reach. */
export function FetchNotice({ state }: { state: FetchState | undefined }) {
  if (!state) return null
  const icon = state === 'fetching' ? 'received' : state === 'offline' ? 'devices' : 'error'
  return (
    <div class="card" role="status">
      <p>
        <Icon name={icon} /> {t(`receivedCopy.${state}`)}
      </p>
    </div>
  )
}
