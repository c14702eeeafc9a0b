// The holder's own runtimes against the real relay: 'private-sync' binds the open booklet to the
// private room of a paired device (a change reaches the other device), 'validation-inboxes' pushes
// a request's competences once and reads its inbox (a message the trainer side appends is read);
// stopped by a mode switch, each lets its rooms go (the relay counts only the test's own sockets).
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { listItems, putItem } from '../../src/booklet/index.ts'
import { validationFixture } from '../../src/booklet/validation-fixture.ts'
import { sampleCompetence } from '../../src/domain/index.ts'
import { saveSelf } from '../../src/features/devices/records.ts'
import { privateSyncState } from '../../src/features/devices/runtime.ts'
import { appRuntime } from '../../src/features/runtime/index.ts'
import { getRequest, recordOf, saveRequest } from '../../src/features/validations/records.ts'
import { createValidationRequest } from '../../src/features/validations/request.ts'
import { liveStore } from '../../src/features/validations/runtime.ts'
import { inboxMessages } from '../../src/protocol/inbox.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { runtimeHarness } from '../support/runtime.ts'
import { openRoom } from '../support/sealed.ts'
import { until } from '../support/until.ts'

const h = runtimeHarness()

describe('holder runtimes', () => {
  it('private-sync: the open booklet follows the private room; nothing after a mode switch', async () => {
    const secrets = createRoom()
    await saveSelf({ role: 'owner', secrets, createdAt: new Date().toISOString() })
    const doc = new Y.Doc()
    const holder = h.registry([appRuntime('private-sync')])
    holder.start('holder', doc)
    await until(() => privateSyncState.get().state === 'synced', { what: 'private room synced' })

    const other = openRoom(h.url(), secrets, 'write')
    const c = sampleCompetence({ label: 'SYNC-1' })
    expect(putItem(doc, 'competences', c).ok).toBe(true)
    await until(() => listItems(other.doc, 'competences').items.some((i) => i.id === c.id), {
      what: 'change on the other device',
    })

    holder.start('operator')
    expect(privateSyncState.get().state).toBe('off')
    await until(() => h.connections() === 1, { what: 'only the other device left' })
    other.room.destroy()
    await h.noSockets()
  })

  it('validation-inboxes: pushes the competences once, reads the inbox; nothing after a mode switch', async () => {
    const f = validationFixture()
    const ids = f.competences.map((c) => c.id)
    const req = createValidationRequest(f.doc, ids, 'M. Lambert', { relayOrigin: h.url() })
    if (!req.ok) throw new Error(req.code)
    const record = recordOf(req.value, { name: 'M. Lambert', organisation: 'CISP' }, ids)
    await saveRequest(record)

    const holder = h.registry([appRuntime('validation-inboxes')])
    holder.start('holder', f.doc)
    await until(async () => (await getRequest(record.id))?.pushed === true, { what: 'competences pushed' })
    await until(() => liveStore.get().get(record.id)?.connection === 'synced', { what: 'inbox synced' })

    // The trainer side appends a message that is not a credential: the runtime reads it.
    const inbox = req.value.inbox.secrets
    const trainer = openRoom(h.url(), inbox, 'append', {
      token: mintRoomToken(inbox.signingSecret, 'append', 600).token,
    })
    await until(() => trainer.room.status.status === 'synced', { what: 'trainer synced' })
    inboxMessages(trainer.doc).push(['{ not a message'])
    await until(() => liveStore.get().get(record.id)?.summary?.unreadable === 1, { what: 'inbox read' })

    holder.start('trainer')
    await until(() => h.connections() === 1, { what: 'only the trainer left' })
    trainer.room.destroy()
    await h.noSockets()
  })
})
