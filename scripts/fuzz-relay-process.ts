// The relay under fuzzing, in its own process (so that "still alive" means something):
// `sync-server/main.ts` on a free loopback port and a temporary data directory, with the rate
// limits out of the way so that fuzz frames reach the parser.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { running, stopChild } from '../tests/support/child.ts'
import { freePort } from '../tests/support/redis.ts'
import { cpuTimeUs } from './proc.ts'

/** Frame size limit the fuzzed relay runs with (small, so oversized frames stay cheap). */
export const FUZZ_MAX_FRAME_BYTES = 64 * 1024

/**
 * The relay's per-IP quotas and time budget out of the way: a load generator's thousands of rooms,
 * fresh tokens and sockets all come from one loopback address, and would otherwise turn its run
 * into a test of the quotas (tested on their own in relay-quotas.test.ts and relay-ip-budget.test.ts).
 */
export const ONE_ADDRESS_ENV: Record<string, string> = {
  LIVRET_SIGNATURE_VERIFY_BURST: '1000000',
  LIVRET_ROOMS_CREATED_PER_MINUTE: '1000000',
  LIVRET_BYTES_STORED_PER_HOUR: '100000000000',
  LIVRET_HTTP_REQUEST_BURST: '1000000',
  LIVRET_IP_CPU_MS_PER_SECOND: '1000000',
  LIVRET_IP_CPU_BURST_MS: '1000000',
}

/** Environment of the fuzzed relay: rate limits out of the way so frames reach the parser. */
export const FUZZ_RELAY_ENV: Record<string, string> = {
  LIVRET_MAX_FRAME_BYTES: String(FUZZ_MAX_FRAME_BYTES),
  LIVRET_MESSAGES_PER_SECOND: '100000',
  LIVRET_MESSAGE_BURST: '100000',
  LIVRET_MAX_PENDING_BYTES: String(32 * 1024),
  LIVRET_SIGNATURE_VERIFIES_PER_SECOND: '1000000',
  ...ONE_ADDRESS_ENV,
}

/** A relay running in a child process. */
export interface RelayProcess {
  url: string
  child: ChildProcess
  /** Its DATA_DIR (removed by stop). */
  dataDir: string
  alive(): boolean
  output(): string
  stop(): Promise<void>
}

/** Starts `sync-server/main.ts` in a child process on a free port and a temporary data dir. */
export async function startRelayProcess(
  env: Record<string, string> = FUZZ_RELAY_ENV,
  nodeArgs: string[] = [],
): Promise<RelayProcess> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'livret-fuzz-'))
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'sync-server/main.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DIST_DIR: './dist',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-8000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`relay exited: ${output}`)
    if (await healthy(url)) break
    if (Date.now() > deadline) throw new Error(`relay did not start: ${output}`)
    await sleep(100)
  }
  return {
    url,
    child,
    dataDir,
    alive: () => running(child),
    output: () => output,
    stop: async () => {
      await stopChild(child)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Whether /healthz answers 200 within 5 s. */
export async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) })
    return res.ok
  } catch {
    return false
  }
}

/** CPU time (user + system) of the relay process so far, from /proc (Linux). */
export function relayCpuMs(relay: RelayProcess): number {
  return cpuTimeUs(relay.child.pid ?? 0) / 1000
}
