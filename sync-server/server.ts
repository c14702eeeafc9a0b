// The relay process: one HTTP server on one port serving the built PWA, /healthz, /metrics,
// the rooms' HTTP statements and, on the same port, the sync WebSocket endpoint for sealed
// rooms (/sync/<roomId>?token=). See sync-server/README.md.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { DestinationStream, Logger } from 'pino'
import { WebSocketServer } from 'ws'
import { MemoryBus } from './bus/memory.ts'
import type { RelayBus } from './bus/types.ts'
import { acceptSocket, clientIp, heartbeat, parseSyncUrl } from './connection.ts'
import { handleRoomsApi } from './http/rooms-api.ts'
import { staticFiles } from './http/static-files.ts'
import { Hub } from './hub.ts'
import { type RelayLimits, resolveLimits } from './limits.ts'
import { createLogger } from './log.ts'
import { Metrics } from './metrics.ts'
import { openSqliteStorage } from './storage/sqlite.ts'
import type { RelayStorage } from './storage/types.ts'

/** Accept queue length: a reconnect storm of thousands of clients must not overflow it. */
export const LISTEN_BACKLOG = 4096

/** Seconds between two pings of every socket (a socket that missed one is terminated). */
export const HEARTBEAT_SECONDS = 30

/** Options of a relay instance; tests start their own on port 0. */
export interface RelayOptions {
  port: number
  host?: string
  dataDir: string
  distDir: string
  /** Limit overrides (on top of defaults and LIVRET_* environment variables). */
  limits?: Partial<RelayLimits>
  /** Storage to use instead of SQLite under dataDir (e.g. Redis); closed with the relay. */
  storage?: RelayStorage
  /** Bus to use instead of an in-process one (e.g. Redis); closed with the relay. */
  bus?: RelayBus
  /** Pino level (default LOG_LEVEL or 'info'). */
  logLevel?: string
  /** Where logs go (default stdout); tests read them. */
  logDestination?: DestinationStream
  /** Take the client IP from X-Forwarded-For's last hop (behind a trusted proxy). */
  trustProxy?: boolean
}

/** A running relay. */
export interface Relay {
  url: string
  port: number
  server: Server
  hub: Hub
  metrics: Metrics
  log: Logger
  close(): Promise<void>
}

/** Starts the relay and resolves once it listens. */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const limits = resolveLimits(process.env, options.limits)
  const log = createLogger(options.logLevel, options.logDestination)
  const metrics = new Metrics()
  const storage = options.storage ?? openSqliteStorage(resolve(options.dataDir))
  const bus = options.bus ?? new MemoryBus()
  const hub = new Hub({ storage, bus, limits, metrics, log })
  const trustProxy = options.trustProxy ?? process.env.LIVRET_TRUST_PROXY === '1'
  const serveStatic = staticFiles(resolve(options.distDir))
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxFrameBytes,
    perMessageDeflate: false,
    clientTracking: false,
  })

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      return
    }
    if (path === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metrics.render())
      return
    }
    const handled = path.startsWith('/rooms/') ? handleRoomsApi(hub, req, res) : Promise.resolve(false)
    handled
      .then((done) => (done ? undefined : serveStatic(req, res)))
      .catch((error) => {
        log.error({ err: String(error) }, 'http handler failed')
        if (!res.headersSent) res.writeHead(500).end()
      })
  })

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy())
    try {
      const target = parseSyncUrl(req.url)
      if (!target) {
        socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')
        return
      }
      const ip = clientIp(req, trustProxy)
      wss.handleUpgrade(req, socket, head, (ws) => acceptSocket(hub, ws, target.roomId, target.token, ip))
    } catch (error) {
      log.warn({ err: String(error) }, 'upgrade failed')
      socket.destroy()
    }
  })

  const ticker = setInterval(() => {
    try {
      hub.tick()
    } catch (error) {
      log.error({ err: String(error) }, 'tick failed')
    }
  }, 1000)
  let sweeping = false
  const sweeper = setInterval(() => {
    if (sweeping) return
    sweeping = true
    hub
      .sweep()
      .catch((error) => log.error({ err: String(error) }, 'sweep failed'))
      .finally(() => {
        sweeping = false
      })
  }, limits.sweepSeconds * 1000)
  const pinger = setInterval(() => heartbeat(hub), HEARTBEAT_SECONDS * 1000)
  for (const timer of [ticker, sweeper, pinger]) timer.unref()

  await new Promise<void>((done) =>
    server.listen({ port: options.port, host: options.host ?? '0.0.0.0', backlog: LISTEN_BACKLOG }, done),
  )
  const port = (server.address() as AddressInfo).port
  log.info({ port }, 'relay listening')
  let closing: Promise<void> | null = null
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    hub,
    metrics,
    log,
    close: () => {
      closing ??= (async () => {
        clearInterval(ticker)
        clearInterval(sweeper)
        clearInterval(pinger)
        const closed = new Promise<void>((done) => server.close(() => done()))
        hub.closeAll()
        server.closeAllConnections()
        await closed
        await bus.close()
        await storage.close()
        metrics.stop()
      })()
      return closing
    },
  }
}
