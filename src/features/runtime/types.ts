// The one shape of background work: a runtime starts with a context and returns how to stop it.
import type * as Y from 'yjs'
import type { RetryScheduler } from './scheduler.ts'
import type { StatusReporter } from './status.ts'

/** Who uses this copy of the app (the same names as the shell's modes). */
export type AppMode = 'holder' | 'operator' | 'trainer'

/** Where the relay is, and how to open sockets outside a browser (tests). */
export interface RuntimeNet {
  relayOrigin: string
  /** Origin written in links (default: relayOrigin). */
  appOrigin?: string
  /** WebSocket implementation for Node (the `ws` package); browsers need none. */
  WebSocketPolyfill?: unknown
}

/** What a runtime is given when it starts. */
export interface RuntimeContext {
  mode: AppMode
  /** The open booklet, for runtimes that need one. */
  booklet?: Y.Doc
  /** Whether the open booklet can be written. */
  readOnly: boolean
  net: RuntimeNet
  /** The shared retry scheduler: backoff, the network's return, "retry now". */
  retry: RetryScheduler
  /** Reports this runtime's state to the status line. */
  report: StatusReporter
  /** Aborted when the runtime is stopped (pending starts check it). */
  signal: AbortSignal
}

/** Stops a runtime: closes its sockets and timers. Idempotent. */
export type Stop = () => void

/** Starts a runtime; what it returns stops it. */
export type RuntimeStart = (context: RuntimeContext) => Stop | Promise<Stop>

/** A background runtime. */
export interface Runtime {
  readonly name: string
  /** Modes in which it runs. */
  readonly modes: readonly AppMode[]
  /** What it needs: nothing, an open booklet, or an open booklet that can be written. */
  readonly needs?: 'booklet' | 'editable-booklet'
  start: RuntimeStart
}
