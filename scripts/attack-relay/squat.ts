// Finding 3: an append-token holder writes under the owner's client id, on the owner's next
// clocks, while the owner keeps writing in the same room.
import { chainUpdate } from '../../tests/support/update-forge.ts'
import { type Attack, attackRoom, openSocket, syncFrame, untilAborted } from './types.ts'

/** Clock squatting under the room owner's client id. */
export const squat: Attack = {
  name: 'clock-squat',
  async run({ wsUrl, signal }) {
    const room = attackRoom()
    const owner = await openSocket(wsUrl, room.roomId, room.token('write'))
    const ownerId = 4242
    let clock = 0
    await owner.sendProcessed(syncFrame(2, chainUpdate(ownerId, 1, clock++)))
    await untilAborted(signal, async () => {
      const socket = await openSocket(wsUrl, room.roomId, room.token('append'))
      await socket.sendProcessed(
        syncFrame(2, chainUpdate(ownerId, 5, clock, { client: ownerId, clock: clock - 1 })),
      )
      socket.ws.terminate()
      await owner.sendProcessed(
        syncFrame(2, chainUpdate(ownerId, 1, clock, { client: ownerId, clock: clock - 1 })),
      )
      clock++
    })
    owner.ws.terminate()
  },
}
