// Findings 1–3 at random: structure-aware hostile updates (scripts/fuzz-relay-updates.ts) with
// append and write tokens, each followed by a probe so that every update is processed.

import { syncFrame } from '../../tests/support/update-forge.ts'
import { makeCase } from '../fuzz-relay-updates.ts'
import { Rng } from '../seeded-rng.ts'
import { type Attack, type AttackSocket, attackRoom, openSocket, untilAborted } from './types.ts'

/** Random hostile updates through a few sockets, reconnecting after each refusal. */
export const structsFuzz: Attack = {
  name: 'structs-fuzz',
  async run({ wsUrl, signal }) {
    const room = attackRoom()
    const rng = new Rng(Number(process.env.ATTACK_SEED ?? 1))
    const sockets = new Map<string, AttackSocket>()
    await untilAborted(signal, async () => {
      const { update, role } = makeCase(rng)
      let socket = sockets.get(role)
      if (socket?.ws.readyState !== 1) {
        socket = await openSocket(wsUrl, room.roomId, room.token(role))
        sockets.set(role, socket)
      }
      await socket.sendProcessed(syncFrame(2, update))
    })
    for (const s of sockets.values()) s.ws.terminate()
  },
}
