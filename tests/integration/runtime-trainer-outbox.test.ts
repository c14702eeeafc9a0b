// The trainer's outbox runtime against the real relay: started by the registry in trainer mode, it
// delivers what waits and empties; offline it sends nothing and the network's return sends at once;
// stopped (mode switch), it opens no socket any more and a result signed meanwhile waits on the device
// until the next start.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { appRuntime } from '../../src/features/runtime/index.ts'
import { fakeNetwork } from '../../src/features/runtime/testing.ts'
import { addToOutbox, type OutboxEntry, outboxStore } from '../../src/features/trainer/outbox-runtime.ts'
import { credentialMessage, inboxMessages } from '../../src/protocol/inbox.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { runtimeHarness } from '../support/runtime.ts'
import { openRoom } from '../support/sealed.ts'
import { until } from '../support/until.ts'

const h = runtimeHarness()

/** The holder's inbox (read with the write token) and a result for it. */
const inbox = () => {
  const secrets = createRoom()
  const holder = openRoom(h.url(), secrets, 'write')
  let n = 0
  const entry = (): OutboxEntry => {
    const m = credentialMessage({ type: ['VerifiableCredential'], n: ++n })
    return {
      messageId: m.id,
      credentialId: `urn:uuid:${m.id}`,
      competenceId: `c${n}`,
      competenceLabel: `Compétence ${n}`,
      inbox: {
        roomId: secrets.roomId,
        token: mintRoomToken(secrets.signingSecret, 'append', 600).token,
        roomKey: secrets.roomKey,
      },
      text: JSON.stringify(m),
      signedAt: new Date().toISOString(),
    }
  }
  return { holder, entry, close: () => holder.room.destroy() }
}

const waitingCount = () => outboxStore.get().entries.filter((e) => !e.refused).length

describe('trainer-outbox runtime', () => {
  it('delivers and empties; sends nothing offline, at once when the network is back', async () => {
    const target = inbox()
    const network = fakeNetwork()
    const { start, registry } = h.registry([appRuntime('trainer-outbox')], network)
    start('trainer')
    await addToOutbox([target.entry()])
    await until(() => inboxMessages(target.holder.doc).length === 1, { what: 'first result in the inbox' })
    await until(() => waitingCount() === 0 && outboxStore.get().phase === 'idle', { what: 'outbox empty' })

    network.set(false)
    await addToOutbox([target.entry()])
    expect(outboxStore.get().phase).toBe('offline')
    expect(waitingCount()).toBe(1)
    network.set(true)
    await until(() => inboxMessages(target.holder.doc).length === 2, { what: 'second result after online' })
    await until(() => waitingCount() === 0, { what: 'outbox empty again' })
    expect(registry.names).toEqual(['trainer-outbox'])
    target.close()
    await h.noSockets()
  })

  it('after a stop (mode switch) opens no socket and keeps a new result until the next start', async () => {
    const target = inbox()
    const { start } = h.registry([appRuntime('trainer-outbox')])
    start('trainer')
    start('operator')
    await addToOutbox([target.entry()])
    // The holder's own socket is the only one: the stopped outbox never connected.
    await until(() => target.holder.room.status.status === 'synced', { what: 'holder synced' })
    expect(h.connections()).toBe(1)
    expect(outboxStore.get().phase).toBe('idle')
    expect(waitingCount()).toBe(1)
    expect(inboxMessages(target.holder.doc).length).toBe(0)

    start('trainer')
    await until(() => inboxMessages(target.holder.doc).length === 1, { what: 'result sent after restart' })
    await until(() => waitingCount() === 0, { what: 'outbox empty' })
    target.close()
    await h.noSockets()
  })
})
