// Support of the Redis scale-out test: relay instances as child processes (so one can be
// killed with SIGKILL) sharing one redis-server, and a tiny TCP load balancer with no sticky
// routing that skips a backend refusing connections, as a health-checking balancer would.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A relay instance running `sync-server/main.ts` in a child process with REDIS_URL set. */
export interface RelayProcess {
  url: string
  port: number
  pid: number
  /** Kills it at once (no shutdown code runs). */
  kill(): Promise<void>
  /** SIGTERM, then removes its data directory. */
  stop(): Promise<void>
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/** Starts a relay child process on a free loopback port, using Redis at `redisUrl`. */
export async function startRelayProcess(
  redisUrl: string,
  env: Record<string, string> = {},
): Promise<RelayProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'livret-scaleout-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DIST_DIR: 'dist',
      REDIS_URL: redisUrl,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start: ${output}`)), 30_000)
    const read = (d: Buffer) => {
      output = (output + d.toString()).slice(-4000)
      const match = /running on http:\/\/[^:]+:(\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`relay exited (${code}): ${output}`))
    })
  })
  const pid = child.pid as number
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid,
    async kill() {
      process.kill(pid, 'SIGKILL')
      await exited(child)
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(pid, 'SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited(child)
        clearTimeout(timer)
      }
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** A TCP balancer on a loopback port: each connection goes to the first backend that accepts it. */
export interface Balancer {
  url: string
  /** Backend ports in order of preference. */
  backends: number[]
  close(): Promise<void>
}

function connectFirst(ports: number[]): Promise<Socket | null> {
  const [port, ...rest] = ports
  if (port === undefined) return Promise.resolve(null)
  return new Promise((resolve) => {
    const upstream = createConnection({ host: '127.0.0.1', port })
    const refused = () => {
      upstream.destroy()
      connectFirst(rest).then(resolve)
    }
    upstream.once('error', refused)
    upstream.once('connect', () => {
      upstream.off('error', refused)
      upstream.on('error', () => {})
      resolve(upstream)
    })
  })
}

/** Starts a balancer in front of `backends`. */
export async function startBalancer(backends: number[]): Promise<Balancer> {
  const open = new Set<Socket>()
  const server: Server = createServer((client) => {
    open.add(client)
    client.pause()
    client.on('error', () => {})
    client.once('close', () => open.delete(client))
    connectFirst(balancer.backends).then((upstream) => {
      if (!upstream || client.destroyed) {
        upstream?.destroy()
        client.destroy()
        return
      }
      open.add(upstream)
      upstream.once('close', () => {
        open.delete(upstream)
        client.destroy()
      })
      client.once('close', () => upstream.destroy())
      client.pipe(upstream)
      upstream.pipe(client)
      client.resume()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const balancer: Balancer = {
    url: `http://127.0.0.1:${port}`,
    backends,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy()
        server.close(() => resolve())
      }),
  }
  return balancer
}
