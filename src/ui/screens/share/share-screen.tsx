// The holder's sharing screens: /partager (the list), /partager/nouveau (the share sheet),
// /partager/<id> (handing a share over: QR code, link, offline file).
import { Handover } from './Handover.tsx'
import { ShareList } from './ShareList.tsx'
import { ShareSheet } from './ShareSheet.tsx'
import './share.css'

/** Path segment of the share sheet. */
export const NEW_SHARE = 'nouveau'

/** The share screens, by the second path segment. */
export default function ShareScreen({ id }: { id?: string }) {
  if (id === undefined) return <ShareList />
  if (id === NEW_SHARE) return <ShareSheet />
  return <Handover key={id} id={id} />
}
