// Finding 3: an append-token holder writes under the owner's client id, on the owner's next
// clocks, while the owner keeps writing in the same room.
import { chainUpdate, syncFrame } from '../../tests/support/update-forge.ts'
import { type Attack, appendOnce, besideWriter, untilAborted } from './types.ts'

/** Clock squatting under the room owner's client id. */
export const squat: Attack = {
  name: 'clock-squat',
  async run({ wsUrl, signal }) {
    const ownerId = 4242
    let clock = 0
    const next = (length: number) =>
      syncFrame(2, chainUpdate(ownerId, length, clock, { client: ownerId, clock: clock - 1 }))
    await besideWriter(wsUrl, async (room, owner) => {
      await owner.sendProcessed(syncFrame(2, chainUpdate(ownerId, 1, clock++)))
      await untilAborted(signal, async () => {
        await appendOnce(wsUrl, room, next(5))
        await owner.sendProcessed(next(1))
        clock++
      })
    })
  },
}
