// What the devices screen asks of the feature that is more than one step: becoming the owner of a
// new private room (its secrets kept as this device's 'self' record, the booklet bound to it).
import type * as Y from 'yjs'
import { createRoom } from '../../transport/index.ts'
import { ensureDeviceKeys, type SelfRecord, saveSelf, selfLink } from './records.ts'
import { bindPrivateLink } from './runtime.ts'

/** This device as the owner of its private room. */
export type OwnerSelf = Extract<SelfRecord, { role: 'owner' }>

/** Makes this device the owner of a new private room and binds the open booklet to it. */
export async function becomeOwner(doc: Y.Doc, now: Date = new Date()): Promise<OwnerSelf> {
  const made: OwnerSelf = { role: 'owner', secrets: createRoom(), createdAt: now.toISOString() }
  await saveSelf(made)
  // With its box key and mailbox from the start, so that another device can remove it later.
  const owner = (await ensureDeviceKeys(made)) as OwnerSelf
  bindPrivateLink(doc, selfLink(owner), undefined, owner)
  return owner
}
