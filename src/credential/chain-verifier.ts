// Where a validation's chain is verified when a screen shows it: in a module worker (verify-worker.ts,
// bundled by Vite), so that a share of 200 validations never holds the screen's thread, or in this thread
// where there is no Worker (Node, tests, an old browser whose module worker fails to load: the chain is
// then verified here, as before). One credential at a time is given a time limit once it is handed out:
// past it, it reads 'credential-too-slow' (shown "impossible à vérifier" with that reason) instead of
// spinning forever, and a stuck worker is replaced and handed the others again. Reports are remembered
// by the credential's JSON text (the outcome depends only on the bytes), except a too-slow one: asked
// again later, it is tried again.
import { fail } from '../domain/result.ts'
import { type ChainReport, forgetChainChecks, verifyChain } from './chain.ts'

/** What the page asks the worker. */
export type VerifyRequest = { id: number; text: string } | { forget: true }
/** What the worker answers: the report for request `id`. */
export type VerifyReply = { id: number; report: ChainReport }

/** What the verifier needs of a Worker (tests give their own). */
export type WorkerLike = {
  postMessage(message: VerifyRequest): void
  onmessage: ((event: { data: VerifyReply }) => void) | null
  onerror: ((event: unknown) => void) | null
  terminate(): void
}

/** Timers and the time (tests give a clock they move by hand). */
export type Timers = {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
  now(): number
}

/** How a verifier is made (everything has a default). */
export type ChainVerifierOptions = {
  /** Starts a worker; null where there is none (then the chain is verified in this thread). */
  spawn?: () => WorkerLike | null
  /** The chain verified in this thread (default: chain.ts's verifyChain). */
  inThread?: (text: string) => Promise<ChainReport>
  /** How long one credential may take once handed out (ms). */
  timeoutMs?: number
  /** How many credentials are handed out at once (the worker always has the next one at hand). */
  window?: number
  timers?: Timers
  /** How many reports are remembered (least recently used out). */
  remember?: number
}

/** Verifies chains off the screen's thread where it can, each within a time limit. */
export type ChainVerifier = {
  /** The report for a credential's JSON text. */
  verify(text: string): Promise<ChainReport>
  /** Forgets remembered reports, here and in the worker (benchmarks of a first opening, tests). */
  forget(): void
  /** Where the next credential will be verified. */
  road(): 'worker' | 'thread'
  /** Stops the worker; what is pending reads too slow. */
  close(): void
}

/** Default limit for one credential: a real one takes milliseconds, a new shape tens of them. */
export const CHAIN_TIMEOUT_MS = 10_000

const TOO_SLOW: ChainReport = { credential: fail('credential-too-slow'), endorsements: [] }
const BROKEN: ChainReport = { credential: fail('credential-malformed'), endorsements: [] }

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
}

// The worker as Vite bundles it (a separate chunk, loaded on first use); null without Worker.
const spawnModuleWorker = (): WorkerLike | null => {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./verify-worker.ts', import.meta.url), {
      type: 'module',
      name: 'livret-verify',
    }) as unknown as WorkerLike
  } catch {
    return null
  }
}

type Job = { id: number; text: string; resolve: (r: ChainReport) => void; deadline: number }

/** Creates a verifier (the app uses the shared one, sharedChainVerifier). */
export const createChainVerifier = (options: ChainVerifierOptions = {}): ChainVerifier => {
  const spawn = options.spawn ?? spawnModuleWorker
  const inThread = options.inThread ?? verifyChain
  const timeoutMs = options.timeoutMs ?? CHAIN_TIMEOUT_MS
  const window = options.window ?? 16
  const timers = options.timers ?? realTimers
  const max = options.remember ?? 1_000
  const waiting: Job[] = []
  const running = new Map<number, Job>()
  const reports = new Map<string, Promise<ChainReport>>()
  let nextId = 1
  // undefined: not started yet; null: verify in this thread from now on.
  let worker: WorkerLike | null | undefined
  let closed = false
  // One watchdog timer for the earliest deadline (not one timer per credential: hundreds of them cost).
  let watchdog: unknown

  const startWorker = (): WorkerLike | null => {
    const w = spawn()
    if (!w) return null
    w.onmessage = ({ data }) => finish(data.id, data.report)
    // The worker cannot load (no module workers, a blocked script) or crashed: this thread takes over.
    w.onerror = () => {
      if (worker !== w) return
      w.terminate()
      worker = null
      requeueRunning()
      pump()
    }
    return w
  }
  const currentWorker = (): WorkerLike | null => {
    if (worker === undefined) worker = startWorker()
    return worker
  }

  const requeueRunning = () => {
    const again = [...running.values()].sort((a, b) => a.id - b.id)
    running.clear()
    waiting.unshift(...again)
  }

  const disarm = () => {
    if (watchdog !== undefined) timers.clear(watchdog)
    watchdog = undefined
  }
  const arm = () => {
    if (watchdog !== undefined || running.size === 0) return
    let earliest = Number.POSITIVE_INFINITY
    for (const job of running.values()) earliest = Math.min(earliest, job.deadline)
    watchdog = timers.set(watch, Math.max(0, earliest - timers.now()))
  }
  const watch = () => {
    watchdog = undefined
    const now = timers.now()
    for (const job of [...running.values()]) if (job.deadline <= now) giveUp(job)
    arm()
  }

  const finish = (id: number, report: ChainReport) => {
    const job = running.get(id)
    if (!job) return // given up on already, or handed to another road
    running.delete(id)
    job.resolve(report)
    if (running.size === 0) disarm()
    pump()
  }

  const giveUp = (job: Job) => {
    if (!running.has(job.id)) return
    running.delete(job.id)
    job.resolve(TOO_SLOW)
    // A worker busy with it will not come back soon: a fresh one takes the others.
    if (worker) {
      worker.terminate()
      worker = startWorker()
      requeueRunning()
    }
    pump()
  }

  const start = (job: Job) => {
    job.deadline = timers.now() + timeoutMs
    running.set(job.id, job)
    arm()
    const w = currentWorker()
    if (w) {
      w.postMessage({ id: job.id, text: job.text })
      return
    }
    inThread(job.text).then(
      (report) => finish(job.id, report),
      () => finish(job.id, BROKEN),
    )
  }

  const pump = () => {
    while (!closed && running.size < window && waiting.length > 0) start(waiting.shift() as Job)
  }

  const run = (text: string): Promise<ChainReport> =>
    new Promise<ChainReport>((resolve) => {
      if (closed) return resolve(TOO_SLOW)
      waiting.push({ id: nextId++, text, resolve, deadline: Number.POSITIVE_INFINITY })
      pump()
    })

  return {
    verify(text) {
      let report = reports.get(text)
      if (report) {
        reports.delete(text)
      } else {
        report = run(text)
        void report.then((r) => {
          if (!r.credential.ok && r.credential.code === 'credential-too-slow') reports.delete(text)
        })
        if (reports.size >= max) reports.delete(reports.keys().next().value as string)
      }
      reports.set(text, report)
      return report
    },
    forget() {
      reports.clear()
      if (worker) worker.postMessage({ forget: true })
      else forgetChainChecks()
    },
    road: () => (currentWorker() ? 'worker' : 'thread'),
    close() {
      closed = true
      worker?.terminate()
      worker = null
      disarm()
      for (const job of [...waiting, ...running.values()]) job.resolve(TOO_SLOW)
      waiting.length = 0
      running.clear()
    },
  }
}

let shared: ChainVerifier | undefined

/** The one verifier of the app (one worker for every screen). */
export const sharedChainVerifier = (): ChainVerifier => {
  shared ??= createChainVerifier()
  return shared
}
