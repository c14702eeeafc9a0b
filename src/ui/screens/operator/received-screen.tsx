// The operator's home and /recus: the list of received booklets; /recus/<id>: one of them.
import { ReceivedList } from './ReceivedList.tsx'
import { ReceivedView } from './ReceivedView.tsx'

/** Received booklets: the list, or one booklet when an id is given. */
export default function ReceivedScreen({ id }: { id?: string }) {
  return id === undefined ? <ReceivedList /> : <ReceivedView key={id} id={id} />
}
