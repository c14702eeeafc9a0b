// Creating a share from a draft of the sheet, once: the handover screen may be drawn again while
// the relay is being written, so the running creation is shared by id. On success the record is
// stored on the device and a live share is handed to the live-share runtime.

import type * as Y from 'yjs'
import { createInbox, removeInbox } from '../proposals/index.ts'
import { revokeShare } from './control.ts'
import { dropDraft, getDraft } from './drafts.ts'
import type { ShareId, ShareRecord } from './records.ts'
import { adoptLiveShare } from './runtime.ts'
import { createShare } from './service.ts'
import { saveShare } from './store.ts'

/** How a creation ended. */
export type CreateOutcome =
  | { ok: true; record: ShareRecord }
  | { ok: false; code: 'missing' | 'invalid' | 'share-unreachable' | 'share-refused' }

const running = new Map<string, Promise<CreateOutcome>>()

const create = async (id: string, doc: Y.Doc): Promise<CreateOutcome> => {
  const input = getDraft(id)
  if (!input) return { ok: false, code: 'missing' }
  // The person lets the recipient propose steps: an inbox named after the recipient, whose link
  // travels in the share (the professional then never has to type it).
  const inbox = input.proposals ? await createInbox(input.recipient, '') : undefined
  const r = await createShare(doc, input, {
    relayOrigin: location.origin,
    appOrigin: location.origin,
    id: id as ShareId,
    ...(inbox ? { proposalFragment: inbox.link.slice(inbox.link.indexOf('#') + 1) } : {}),
  })
  if (!r.ok) {
    if (inbox) void removeInbox(inbox)
    return { ok: false, code: r.code }
  }
  const { record, room, stop } = r.value
  try {
    await saveShare(record)
  } catch (e) {
    // Not kept on the device: the holder could not revoke it later, so it is withdrawn at once.
    stop()
    await revokeShare(record, { relayOrigin: location.origin })
    throw e
  }
  dropDraft(id)
  if (record.mode === 'live' && room) adoptLiveShare(record, { room, stop })
  return { ok: true, record }
}

/** Creates the share of draft `id` against this origin's relay (or joins the creation under way). */
export function createFromDraft(id: string, doc: Y.Doc): Promise<CreateOutcome> {
  const current = running.get(id)
  if (current) return current
  const started = create(id, doc).finally(() => running.delete(id))
  running.set(id, started)
  return started
}
