// Finding 1: 200 KiB flat append updates (20,000 entries after one existing item), refused by
// the struct budget; each on a fresh socket.
import { chainUpdate, type ForgedStruct, forgeUpdate, syncFrame } from '../../tests/support/update-forge.ts'
import { type Attack, appendOnce, attackRoom, openSocket, untilAborted } from './types.ts'

/** Flat 200 KiB updates. */
export const flat: Attack = {
  name: 'flat-200k',
  async run({ wsUrl, signal }) {
    const room = attackRoom()
    const seed = await openSocket(wsUrl, room.roomId, room.token('write'))
    await seed.sendProcessed(syncFrame(2, chainUpdate(1, 1)))
    seed.ws.terminate()
    const structs: ForgedStruct[] = []
    for (let i = 0; i < 20_000; i++)
      structs.push({ kind: 'item', origin: { client: 1, clock: 0 }, content: { binary: new Uint8Array(8) } })
    const frame = syncFrame(2, forgeUpdate([{ client: 2, clock: 0, structs }]))
    await untilAborted(signal, () => appendOnce(wsUrl, room, frame))
  },
}
