// The operator's home and /recus: the list of received booklets; /recus/<id>: one of them.
import { useEffect } from 'preact/hooks'
import { cacheDecoder } from './decoder-cache.ts'
import { ReceivedList } from './ReceivedList.tsx'
import { ReceivedView } from './ReceivedView.tsx'

/** Received booklets: the list, or one booklet when an id is given. */
export default function ReceivedScreen({ id }: { id?: string }) {
  useEffect(() => {
    // Let the list or the booklet show first; then keep the QR decoder for offline scanning.
    const timer = setTimeout(() => void cacheDecoder(), 2000)
    return () => clearTimeout(timer)
  }, [])
  return id === undefined ? <ReceivedList /> : <ReceivedView key={id} id={id} />
}
