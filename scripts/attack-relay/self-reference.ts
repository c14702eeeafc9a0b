// Finding 2: 54-byte append updates whose item's right neighbour (or origin) is itself, sent
// as fast as the relay answers, each on a fresh socket next to a writer of the attacked room.
import { selfOriginUpdate, selfRightUpdate } from '../../tests/support/update-forge.ts'
import { type Attack, attackRoom, openSocket, syncFrame, untilAborted } from './types.ts'

/** Self-referencing items against a room with an honest writer in it. */
export const selfReference: Attack = {
  name: 'self-reference',
  async run({ wsUrl, signal }) {
    const room = attackRoom()
    const writer = await openSocket(wsUrl, room.roomId, room.token('write'))
    let n = 0
    await untilAborted(signal, async () => {
      const socket = await openSocket(wsUrl, room.roomId, room.token('append'))
      const update = n++ % 2 === 0 ? selfRightUpdate(1000 + n) : selfOriginUpdate(1000 + n)
      await socket.sendProcessed(syncFrame(2, update))
      socket.ws.terminate()
    })
    writer.ws.terminate()
  },
}
