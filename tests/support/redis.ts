// Starts a private redis-server for a test: a free loopback port, a temporary directory,
// AOF on with `appendfsync always` (the same durability the relay documents for
// production: a write is on disk before Redis answers it), no RDB snapshots on a timer.
// It throws when redis-server is missing, so a test that needs Redis fails instead of
// skipping. It is stopped by its own PID, never by name.
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { until } from './until.ts'

/** Where redis-server is looked for (REDIS_SERVER overrides it). */
export const REDIS_SERVER_BIN = process.env.REDIS_SERVER ?? '/usr/bin/redis-server'

/** A private redis-server started for a test. */
export interface TestRedis {
  /** `redis://127.0.0.1:PORT` */
  url: string
  port: number
  pid: number
  /** Its data directory (dump.rdb and appendonlydir/ live here). */
  dir: string
  /** Sends one command over a plain connection and returns the raw RESP reply. */
  command(...args: string[]): Promise<string>
  /** Runs SAVE and returns the bytes of dump.rdb and of every AOF file, concatenated. */
  dumpBytes(): Promise<Buffer>
  /** Stops it (SIGTERM, then SIGKILL after 5 s) and removes its directory. */
  stop(): Promise<void>
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}

function encodeCommand(args: string[]): string {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`
}

/** Sends one RESP command to 127.0.0.1:port and resolves with the first reply chunk. */
function rawCommand(port: number, args: string[], timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`redis command ${args[0]} timed out`))
    }, timeoutMs)
    socket.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    socket.once('connect', () => socket.write(encodeCommand(args)))
    socket.once('data', (data) => {
      clearTimeout(timer)
      socket.end()
      resolve(data.toString('latin1'))
    })
  })
}

async function waitForPing(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const pong = async () => {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}): ${stderr()}`)
    try {
      return (await rawCommand(port, ['PING'], 1000)).startsWith('+PONG')
    } catch {
      return false // not listening yet
    }
  }
  await until(pong, { interval: 50, what: 'redis-server answering PING' })
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

/** Starts a private redis-server; throws when the binary is missing or it does not start. */
export async function startRedis(extraArgs: string[] = []): Promise<TestRedis> {
  if (!existsSync(REDIS_SERVER_BIN)) {
    throw new Error(
      `redis-server not found at ${REDIS_SERVER_BIN}: install it (apt-get install redis-server)`,
    )
  }
  const dir = await mkdtemp(join(tmpdir(), 'livret-redis-'))
  const port = await freePort()
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
    '--dir',
    dir,
    '--daemonize',
    'no',
    '--protected-mode',
    'yes',
    ...extraArgs,
  ]
  const child = spawn(REDIS_SERVER_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-4000)
  })
  child.stderr?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-4000)
  })
  const spawned = await new Promise<Error | undefined>((resolve) => {
    child.once('spawn', () => resolve(undefined))
    child.once('error', (error) => resolve(error))
  })
  if (spawned || child.pid === undefined) {
    await rm(dir, { recursive: true, force: true })
    throw new Error(`cannot start redis-server: ${spawned?.message ?? 'no pid'}`)
  }
  const pid = child.pid
  try {
    await waitForPing(port, child, () => output)
  } catch (error) {
    child.kill('SIGKILL')
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  let stopped = false
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid,
    dir,
    command: (...cmd) => rawCommand(port, cmd),
    async dumpBytes() {
      const reply = await rawCommand(port, ['SAVE'], 30_000)
      if (!reply.startsWith('+OK')) throw new Error(`SAVE failed: ${reply}`)
      const parts: Buffer[] = [await readFile(join(dir, 'dump.rdb'))]
      const aofDir = join(dir, 'appendonlydir')
      if (existsSync(aofDir)) {
        for (const name of await readdir(aofDir)) parts.push(await readFile(join(aofDir, name)))
      }
      return Buffer.concat(parts)
    },
    async stop() {
      if (stopped) return
      stopped = true
      process.kill(pid, 'SIGTERM')
      if (!(await waitExit(child, 5000))) {
        process.kill(pid, 'SIGKILL')
        await waitExit(child, 5000)
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}
