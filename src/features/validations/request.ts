// Asking a trainer for a validation (holder side, issue 5 §2). One link carries two capabilities:
// read access to a snapshot share of the chosen competences (with the experiences they come from)
// and append access to a fresh inbox room, plus the holder reference the trainer hashes into each
// credential. Everything secret (tokens, room keys, holder reference) is in the URL fragment, which
// browsers never send to a server. Link fragment keys: sroom/stoken/skey (share), iroom/itoken/ikey
// (inbox), holder. The caller keeps the returned secrets (write tokens for both rooms) and opens the
// two SealedRooms: the share with `shareDoc` (role write), the inbox (role write) to receive.
import type * as Y from 'yjs'
import { ensureHolderRef, getItem, projectBooklet } from '../../booklet/index.ts'
import {
  createShareSelection,
  fail,
  type HolderRef,
  HolderRefSchema,
  ok,
  parse,
  type Result,
  type ShareSelection,
} from '../../domain/index.ts'
import {
  appLink,
  capabilityFromParams as capability,
  capabilityParams,
  fragmentOf,
  type OwnedRoom,
  ownRooms,
  type RoomCapability,
} from '../../transport/index.ts'

/** Path of the trainer's validation screen; links are `<appOrigin>/valider#sroom=…`. */
export const VALIDATE_PATH = '/valider'

/** Default lifetime of a validation request, in days. */
export const VALIDATION_REQUEST_DAYS = 30

/** One room of a request as its owner keeps it. */
/** A room the holder owns (see room-keys.ts). */
export type { OwnedRoom }

/** What the holder keeps of a request, and the link to hand over. */
export type ValidationRequest = {
  link: string
  holderRef: HolderRef
  selection: ShareSelection
  /** The share's plain doc (projection); bind it to `share` with role write. */
  shareDoc: Y.Doc
  share: OwnedRoom
  inbox: OwnedRoom
}

/** What a trainer opens from the link. */
export type RequestCapabilities = { share: RoomCapability; inbox: RoomCapability; holderRef: HolderRef }

/** The fragment of a request link. */
export const encodeRequestFragment = (c: RequestCapabilities): string =>
  new URLSearchParams({
    ...capabilityParams(c.share, 's'),
    ...capabilityParams(c.inbox, 'i'),
    holder: c.holderRef,
  }).toString()

/** Reads a request link (or its fragment); undefined when anything is missing or malformed. */
export const parseRequestLink = (linkOrFragment: string): RequestCapabilities | undefined => {
  const p = new URLSearchParams(fragmentOf(linkOrFragment))
  const share = capability(p, 's')
  const inbox = capability(p, 'i')
  const holder = parse(HolderRefSchema, p.get('holder'))
  return share && inbox && holder.ok ? { share, inbox, holderRef: holder.value } : undefined
}

/** Creates a validation request for some competences; 'no-competence' when none of them exists. */
export const createValidationRequest = (
  booklet: Y.Doc,
  competenceIds: readonly string[],
  trainerLabel: string,
  options: { relayOrigin: string; days?: number; now?: Date; path?: string },
): Result<ValidationRequest, 'invalid' | 'no-competence'> => {
  const now = options.now ?? new Date()
  const competences = competenceIds.flatMap((id) => getItem(booklet, 'competences', id) ?? [])
  if (competences.length === 0) return fail('no-competence')
  const experienceIds = [...new Set(competences.flatMap((c) => c.experienceIds))]
  const days = options.days ?? VALIDATION_REQUEST_DAYS
  const selection = createShareSelection(
    {
      recipient: trainerLabel,
      mode: 'snapshot',
      expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
      sections: {
        competences: { ids: competences.map((c) => c.id) },
        ...(experienceIds.length > 0 ? { experiences: { ids: experienceIds } } : {}),
      },
    },
    now,
  )
  if (!selection.ok) return selection
  const holderRef = ensureHolderRef(booklet)
  const { rooms, capabilities } = ownRooms({ share: 'read', inbox: 'append' }, days, now)
  const fragment = encodeRequestFragment({ ...capabilities, holderRef })
  const link = appLink(options.relayOrigin, options.path ?? VALIDATE_PATH, fragment)
  return ok({
    link,
    holderRef,
    selection: selection.value,
    shareDoc: projectBooklet(booklet, selection.value, now),
    ...rooms,
  })
}
