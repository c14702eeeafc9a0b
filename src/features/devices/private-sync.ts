// The private room, kept connected while the runtime runs: the booklet doc bound to the holder's
// private sealed room, reconnecting with jittered backoff (SealedRoom), dropping the socket when
// the browser says it is offline and coming back when it is online again or on "retry now" (both
// told by the shared retry scheduler). It also follows the
// room's fate:
// - 'token-revoked' on a paired device: this device was removed → state 'removed' (what it holds
//   stays here, nothing more arrives);
// - 'room-gone' on a paired device: the owner re-keyed; the device reads its mailbox, and if a
//   new capability is there, moves to the new room (its unsent edits follow: the new binding
//   pushes what the room lacks) → `onMoved` persists it; a mailbox erased too means this device
//   was removed → 'removed'; a mailbox with nothing new → 'unlinked'.
import type * as Y from 'yjs'
import type { SealedRoom, SealedRoomStatus } from '../../transport/index.ts'
import {
  type BackoffOptions,
  MAX_TOKEN_LIFETIME_SECONDS,
  mintRoomToken,
  type RoomCapability,
  type RoomSecrets,
} from '../../transport/index.ts'
import { type RetryScheduler, type RetryTask, wakeRoom } from '../runtime/index.ts'
import type { ShareNetOptions } from '../share/index.ts'
import { openForDevice } from './device-box.ts'
import { connectPrivateRoom } from './pairing.ts'
import { exchangeMailbox, type MailboxContent, parseMoveText } from './pairing-mailbox.ts'

/** How this device belongs to the private room. */
export type PrivateLink =
  /** The device that created the room: keeps its signing secret, pairs and removes devices. */
  | { role: 'owner'; secrets: RoomSecrets; mailbox?: RoomCapability; box?: Uint8Array }
  /** A paired device: a write capability, and its mailbox. */
  | { role: 'member'; capability: RoomCapability; mailbox: RoomCapability; box?: Uint8Array }

/** What the person sees of the private room. */
export type PrivateSyncState =
  | { state: 'off' }
  | { state: 'connecting'; lastSyncedAt?: number }
  | { state: 'synced'; at: number }
  | { state: 'offline'; lastSyncedAt?: number }
  | { state: 'moving' }
  | { state: 'removed' }
  | { state: 'unlinked' }

/** Options of the runtime. */
export interface PrivateSyncOptions {
  doc: Y.Doc
  net: ShareNetOptions
  /** Called with the new link after a move to a re-keyed room (to persist it). */
  onMoved?: (link: PrivateLink) => void | Promise<void>
  onState?: (state: PrivateSyncState) => void
  backoff?: Partial<BackoffOptions>
  /** The shared scheduler: the network's comings and goings, retries of the mailbox read. */
  retry: RetryScheduler
}

/** The capability a link connects with (the owner mints a fresh token of its own). */
export function linkCapability(link: PrivateLink): RoomCapability {
  if (link.role === 'member') return link.capability
  const { secrets } = link
  const token = mintRoomToken(secrets.signingSecret, 'write', MAX_TOKEN_LIFETIME_SECONDS).token
  return { roomId: secrets.roomId, token, roomKey: secrets.roomKey }
}

const linkRoomId = (link: PrivateLink) =>
  link.role === 'owner' ? link.secrets.roomId : link.capability.roomId
const box = (link: PrivateLink) => (link.box ? { box: link.box } : {})

/** The new room a mailbox points to: a move sealed to this device's box key first (written by any
 * device), else a plain move (written by the creator before every device had a box key). */
async function moveOf(content: MailboxContent, secret: Uint8Array | undefined) {
  if (content.sealedMove && secret) {
    const opened = await openForDevice(secret, content.sealedMove)
    const move = opened ? parseMoveText(new TextDecoder().decode(opened)) : undefined
    if (move) return move
  }
  return content.move
}

/** Keeps the booklet doc bound to the private room (see the top comment). */
export class PrivateSync {
  private room: SealedRoom | undefined
  private current: PrivateLink | undefined
  private lastSyncedAt: number | undefined
  private state: PrivateSyncState = { state: 'off' }
  private offStatus: (() => void) | undefined
  private stopped = false
  private moving: RetryTask | undefined
  private readonly options: PrivateSyncOptions
  private readonly unsubscribe: (() => void)[]
  // Back in front (a phone unlocked, a tab shown again): a socket the system dropped while the page
  // was hidden is waiting out its backoff (up to 30 s, longer while timers were throttled), which
  // looked like "the other device's change needs a reload". Reconnect at once (issue 12, point 9).
  private readonly onVisible = () => {
    if (globalThis.document?.visibilityState !== 'visible') return
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return
    if (this.state.state === 'offline' || this.state.state === 'connecting') this.room?.connect()
  }

  constructor(options: PrivateSyncOptions) {
    this.options = options
    this.unsubscribe = [
      options.retry.onOffline(() => this.room?.disconnect()),
      options.retry.onWake(() => wakeRoom(this.room)),
    ]
    if (typeof window !== 'undefined') {
      globalThis.document?.addEventListener('visibilitychange', this.onVisible)
      globalThis.addEventListener('pageshow', this.onVisible)
    }
  }

  /** The link in use, if any. */
  get link(): PrivateLink | undefined {
    return this.current
  }

  /** The current state. */
  get status(): PrivateSyncState {
    return this.state
  }

  /** The sealed room in use (tests, flush). */
  get sealedRoom(): SealedRoom | undefined {
    return this.room
  }

  /** Binds the doc to `link`'s room, replacing any previous binding; `room` is an already
   * connected binding of the same doc to that room (after a pairing or a re-key). */
  use(link: PrivateLink, room?: SealedRoom): void {
    if (this.stopped) {
      room?.destroy()
      return
    }
    this.release()
    this.current = link
    const bound =
      room ??
      connectPrivateRoom(this.options.doc, linkCapability(link), this.options.net, this.options.backoff)
    this.room = bound
    if (!this.options.retry.online) bound.disconnect()
    this.offStatus = bound.on('status', (s) => this.onRoomStatus(bound, s))
    this.onRoomStatus(bound, bound.status)
  }

  /** Takes a richer version of the link in use (same room, now with a mailbox and a box key)
   * without reconnecting; a link to another room is ignored. */
  adopt(link: PrivateLink): void {
    if (this.current && linkRoomId(this.current) === linkRoomId(link)) this.current = link
  }

  /** Stops syncing (the link is forgotten by the caller); the doc keeps what it has. */
  clear(): void {
    this.moving?.stop()
    this.moving = undefined
    this.release()
    this.current = undefined
    this.setState({ state: 'off' })
  }

  /** Stops for good (session closed). */
  stop(): void {
    this.clear()
    this.stopped = true
    for (const off of this.unsubscribe.splice(0)) off()
    globalThis.document?.removeEventListener('visibilitychange', this.onVisible)
    globalThis.removeEventListener?.('pageshow', this.onVisible)
  }

  /** Resolves once local changes are sealed and pushed to the room's envelope. */
  async flush(): Promise<void> {
    await this.room?.flush()
  }

  private release(): void {
    this.offStatus?.()
    this.offStatus = undefined
    this.room?.destroy()
    this.room = undefined
  }

  private onRoomStatus(room: SealedRoom, s: SealedRoomStatus): void {
    if (room !== this.room) return
    const last = this.lastSyncedAt === undefined ? {} : { lastSyncedAt: this.lastSyncedAt }
    if (s.status === 'synced') {
      this.lastSyncedAt = s.syncedAt
      this.setState({ state: 'synced', at: s.syncedAt })
    } else if (s.status === 'connecting' || s.status === 'syncing')
      this.setState({ state: 'connecting', ...last })
    else if (s.status === 'offline') this.setState({ state: 'offline', ...last })
    else if (s.code === 'token-revoked' || s.code === 'token-invalid') {
      this.release()
      this.setState({ state: 'removed' })
    } else if (s.code === 'room-gone') {
      this.release()
      this.startMove()
    } else if (s.code === 'token-expired' || s.code === 'forbidden') {
      this.release()
      this.setState({ state: 'unlinked' })
    } else this.setState({ state: 'offline', ...last })
  }

  /** After 'room-gone': looks in the mailbox for the new room (retried while unreachable). */
  private startMove(): void {
    this.moving?.stop()
    const link = this.current
    const task = this.options.retry.task(() => this.moveOnce(link))
    this.moving = task
    task.kick()
  }

  /** One look in the mailbox; false when the relay could not be reached (try again later). */
  private async moveOnce(link: PrivateLink | undefined): Promise<boolean> {
    if (!link?.mailbox || this.stopped) {
      this.setState({ state: 'unlinked' })
      return true
    }
    this.setState({ state: 'moving' })
    const found = await exchangeMailbox(link.mailbox, this.options.net)
    if (this.stopped || this.current !== link) return true
    if (!found.ok && found.code === 'relay-unreachable') return false
    if (!found.ok && (found.code === 'room-gone' || found.code === 'token-revoked')) {
      // The owner erases a device's mailbox only when it removes the device.
      this.setState({ state: 'removed' })
      return true
    }
    if (found.ok && found.value.removedAt) {
      // Another of the person's devices removed this one (it cannot delete the mailbox).
      this.setState({ state: 'removed' })
      return true
    }
    const next = found.ok ? await moveOf(found.value, link.box) : undefined
    if (this.stopped || this.current !== link) return true
    if (!next || next.roomId === linkRoomId(link)) {
      this.setState({ state: 'unlinked' })
      return true
    }
    const moved: PrivateLink = { role: 'member', capability: next, mailbox: link.mailbox, ...box(link) }
    try {
      await this.options.onMoved?.(moved)
    } catch {
      // Persisting failed: keep syncing in this session anyway.
    }
    this.use(moved)
    return true
  }

  private setState(next: PrivateSyncState): void {
    this.state = next
    try {
      this.options.onState?.(next)
    } catch {
      // A listener never breaks the runtime.
    }
  }
}
