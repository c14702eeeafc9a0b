// Waiting on a SealedRoom: until it has synced with the relay, until a condition on its plain doc
// holds, or until the relay refuses it. Used by share creation (read-back check) and by the
// operator's intake.
import type { CloseCodeName } from '../protocol/index.ts'
import { type SealedRoom, TERMINAL_CLOSE_CODES } from './sealed-room.ts'

/** How a wait ended. */
export type WaitOutcome = { ok: true } | { ok: false; code: 'timeout' } | { ok: false; code: CloseCodeName }

/** Resolves once `done()` holds after a sync (checked on each status change and every 20 ms), on a
 * terminal refusal (token or room done for), or after `timeoutMs`. */
export function waitForRoom(room: SealedRoom, done: () => boolean, timeoutMs: number): Promise<WaitOutcome> {
  return new Promise((resolve) => {
    let finished = false
    const finish = (outcome: WaitOutcome) => {
      if (finished) return
      finished = true
      clearTimeout(timer)
      clearInterval(poll)
      off()
      resolve(outcome)
    }
    const check = () => {
      const s = room.status
      // Other refusals (busy, rate-limited…) are retried by the room with backoff: keep waiting.
      if (s.status === 'refused' && TERMINAL_CLOSE_CODES.has(s.code)) {
        finish({ ok: false, code: s.code })
      } else if (s.status === 'synced' && done()) finish({ ok: true })
    }
    const off = room.on('status', check)
    const poll = setInterval(check, 20)
    const timer = setTimeout(() => finish({ ok: false, code: 'timeout' }), timeoutMs)
    check()
  })
}
