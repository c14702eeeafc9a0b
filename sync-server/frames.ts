// A socket's frames once it joined its room: read (y-websocket sync messages only), charged to the
// token's CPU time budget, and handled in turn with other sockets. A token past its budget pauses
// its socket until the time drains; a frame that kept the relay busy makes its socket wait a turn.
import * as decoding from 'lib0/decoding'
import type { WebSocket } from 'ws'
import * as Y from 'yjs'
import { applyFromSocket } from './apply-update.ts'
import { budgetWait, charge, cpuNow, refuseOverBudget } from './cpu-budget.ts'
import type { Hub } from './hub.ts'
import type { Conn } from './room.ts'
import { MessageType, SyncType } from './sync-messages.ts'
import { requestSyncReply } from './sync-replies.ts'

/** A frame whose handling took longer than this (ms of CPU) makes its socket wait a turn. */
const YIELD_AFTER_MS = 1

/** Update frames above this size are timed in CPU time (a system call each side), smaller ones with the clock. */
export const CPU_TIMED_FRAME_BYTES = 1024

/**
 * Handles frames in order, each charged to the token's time budget. A token past its budget
 * pauses its socket: the frames left wait until its time drains (while no other socket pays for
 * it, and without the reconnect loop a close would invite), unless that would take longer than
 * updateCpuMaxWaitMs, which closes it with 4430.
 */
export function processFrame(ws: WebSocket, hub: Hub, conn: Conn, frames: Uint8Array[]): void {
  while (frames.length > 0 && !conn.closed) {
    // One clock reading serves the budget check, the timing of a small frame and the charge.
    const before = performance.now()
    const wait = budgetWait(hub, conn, before)
    if (wait.ms > hub.ctx.limits.updateCpuMaxWaitMs) {
      refuseOverBudget(hub, conn, wait.by)
      return
    }
    if (wait.ms > 0) {
      conn.throttled = frames
      ws.pause()
      hub.ctx.metrics.throttled++
      if (wait.by === 'ip') hub.ctx.metrics.throttledByIp++
      setTimeout(() => resumeThrottled(ws, hub, conn), Math.ceil(wait.ms))
      return
    }
    const frame = frames.shift() as Uint8Array
    // The token and the IP pay for the frame's whole cost (decoding, checking, applying, storing,
    // replying). Updates of more than CPU_TIMED_FRAME_BYTES are timed in CPU time; smaller frames
    // (sync requests, whose reply is charged when it is encoded, sync-replies.ts; the empty
    // sync step 2 every joining client sends), which cost little, with the clock: two system
    // calls (process.cpuUsage) fewer per frame in a reconnect storm.
    const update =
      frame.length > CPU_TIMED_FRAME_BYTES && frame[0] === MessageType.sync && frame[1] !== SyncType.step1
    const start = update ? cpuNow() : before
    conn.framing = true
    try {
      handleFrame(hub, conn, frame)
    } finally {
      conn.framing = false
    }
    const after = performance.now()
    const spent = (update ? cpuNow() : after) - start
    charge(hub, conn, spent, after)
    // Turn-taking: after a frame that kept the relay busy, this socket's next frames wait one
    // turn of the event loop, so frames other sockets sent meanwhile go first (one heavy writer
    // cannot hold the loop for a whole burst of frames read in one chunk).
    // Frames timed in CPU time only: the clock also counts the moments a busy host did not run
    // the process, and would make every socket yield in a storm.
    if (update && spent > YIELD_AFTER_MS && !conn.closed) {
      conn.throttled = frames
      ws.pause()
      setImmediate(() => resumeThrottled(ws, hub, conn))
      return
    }
  }
}

/** Resumes a paused socket: its waiting frames first, then reading again. */
function resumeThrottled(ws: WebSocket, hub: Hub, conn: Conn): void {
  try {
    const frames = conn.throttled ?? []
    conn.throttled = null
    if (conn.closed) return
    processFrame(ws, hub, conn, frames)
    if (!conn.throttled && !conn.closed && ws.readyState === 1) ws.resume()
  } catch (error) {
    hub.ctx.log.warn({ err: String(error) }, 'message handler failed')
    hub.close(conn, 'malformed-frame')
  }
}

/** Reads one y-websocket frame; anything unreadable closes this socket with 4400. */
export function handleFrame(hub: Hub, conn: Conn, frame: Uint8Array) {
  const room = conn.room
  if (conn.closed || !room) return
  try {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    if (type === MessageType.awareness || type === MessageType.queryAwareness || type === MessageType.auth) {
      return // awareness would leak names: never read, never relayed
    }
    if (type !== MessageType.sync) return hub.close(conn, 'malformed-frame')
    const sub = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (decoder.pos !== frame.length) return hub.close(conn, 'malformed-frame')
    if (sub === SyncType.step1) {
      Y.decodeStateVector(payload) // throws on garbage
      requestSyncReply(hub, conn, room, payload)
      return
    }
    if (sub === SyncType.step2 || sub === SyncType.update) {
      applyFromSocket(hub, conn, payload).catch((error) => {
        hub.ctx.log.error({ room: room.label, err: String(error) }, 'update failed')
        hub.close(conn, 'internal-error')
      })
      return
    }
    hub.close(conn, 'malformed-frame')
  } catch {
    hub.close(conn, 'malformed-frame')
  }
}
