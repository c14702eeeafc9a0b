// Starts each server under test in its own child process on a free loopback port, and
// samples its CPU time and RSS from /proc (the same way for all three servers).
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { stopChild } from '../../tests/support/child.ts'
import { freePort } from '../../tests/support/redis.ts'
import { ONE_ADDRESS_ENV } from '../fuzz-relay-process.ts'
import { cpuTimeUs, procField } from '../proc.ts'
import type { ServerName } from './client.ts'

/** Environment that lifts this relay's guards to the benchmark's scale (same machine, one IP). */
export const LIVRET_BENCH_ENV: Record<string, string> = {
  LOG_LEVEL: 'warn',
  LIVRET_MAX_CONNECTIONS_PER_IP: '100000',
  LIVRET_MAX_CONNECTIONS_PER_ROOM: '100000',
  // Per-IP quotas and time budget: thousands of rooms, tokens and clients from one address are
  // the benchmark's load.
  ...ONE_ADDRESS_ENV,
}

/** A server under test. */
export interface RunningServer {
  name: ServerName
  pid: number
  base: string
  stop(): Promise<void>
  /** Live heap + external memory (KB) after a full GC in the server (see heap-probe.ts). */
  liveKB(): Promise<number>
}

/** CPU time (µs, user + system, all threads) and RSS (KB) of a process. */
export interface Sample {
  cpuUs: number
  rssKB: number
}

/** Reads a process's CPU time and RSS from /proc. */
export function sample(pid: number): Sample {
  return { cpuUs: cpuTimeUs(pid), rssKB: procField(pid, 'status', 'VmRSS:') }
}

// Every server gets the same preloads: tsx (harmless for plain JS) and the heap probe.
const PRELOAD = ['--expose-gc', '--import', 'tsx', '--import', './scripts/bench-relay/heap-probe.ts']

/** The other checkout whose relay runs as 'livret-old' (its own sources, this tree's node_modules). */
const oldDir = (): string => resolve(process.env.BENCH_LIVRET_OLD_DIR ?? '.')

function command(name: ServerName): string[] {
  if (name === 'livret' || name === 'livret-b') return [...PRELOAD, 'sync-server/main.ts']
  if (name === 'livret-old') return [...PRELOAD, `${oldDir()}/sync-server/main.ts`]
  if (name === 'ywebsocket') return [...PRELOAD, 'node_modules/@y/websocket-server/src/server.js']
  if (name === 'floor') return [...PRELOAD, 'scripts/bench-relay/server-floor.ts']
  return [...PRELOAD, 'scripts/bench-relay/server-hocuspocus.ts']
}

async function waitListening(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output()}`)
    const up = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port })
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (up) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server did not listen within 30 s: ${output()}`)
}

/** Starts a server in a child process (node, no tsx wrapper process, so its PID is the server). */
export async function startServer(name: ServerName): Promise<RunningServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'livret-bench-'))
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DIST_DIR: './dist',
    ...(name === 'livret' || name === 'livret-old'
      ? { ...LIVRET_BENCH_ENV, ...JSON.parse(process.env.BENCH_LIVRET_ENV ?? '{}') }
      : name === 'livret-b'
        ? { ...LIVRET_BENCH_ENV, ...JSON.parse(process.env.BENCH_LIVRET_B_ENV ?? '{}') }
        : {}),
  }
  // BENCH_PROFILE=dir: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : []
  const child = spawn(process.execPath, [...profile, ...command(name)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let heapWaiter: ((kb: number) => void) | undefined
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-4000)
    const match = /BENCH-HEAP (\{.*\})\n/.exec(output)
    if (match && heapWaiter) {
      const { heapUsed, external } = JSON.parse(match[1] as string) as { heapUsed: number; external: number }
      output = output.replace(match[0], '')
      heapWaiter((heapUsed + external) / 1024)
      heapWaiter = undefined
    }
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  await waitListening(port, child, () => output)
  return {
    name,
    pid: child.pid as number,
    base: `ws://127.0.0.1:${port}`,
    liveKB() {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('heap probe did not answer')), 10_000)
        heapWaiter = (kb) => {
          clearTimeout(timer)
          resolve(kb)
        }
        child.kill('SIGUSR2')
      })
    },
    async stop() {
      await stopChild(child)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
