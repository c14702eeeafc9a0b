// The relay process: one HTTP server on one port serving the built PWA, /healthz, /readyz,
// the rooms' HTTP statements and, on the same port, the sync WebSocket endpoint for sealed
// rooms (/sync/<roomId>?token=). /metrics is behind a bearer token, or on its own listen
// address (http/health.ts). See sync-server/README.md.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { DestinationStream, Logger } from 'pino'
import { WebSocketServer } from 'ws'
import { MemoryBus } from './bus/memory.ts'
import type { RelayBus } from './bus/types.ts'
import { acceptSocket, clientIp, heartbeat, parseSyncUrl } from './connection.ts'
import { HandoverStore, handleHandover } from './http/handover.ts'
import { answerHealth, answerMetrics, answerReady } from './http/health.ts'
import { handleRoomsApi } from './http/rooms-api.ts'
import { commonHeaders, pageHeaders } from './http/security-headers.ts'
import { staticFiles } from './http/static-files.ts'
import { handleStatusLists } from './http/status-lists.ts'
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
  /** Bearer token of /metrics on the main port (default LIVRET_METRICS_TOKEN; none: 404 there). */
  metricsToken?: string
  /** Serve /metrics (no token) on this host and port too (default from LIVRET_METRICS_ADDRESS). */
  metricsHost?: string
  metricsPort?: number
  /** Served over TLS (a TLS proxy in front): HSTS and COOP (default LIVRET_SERVED_OVER_TLS=1). */
  servedOverTls?: boolean
  /** Origin of a relay on another host the app connects to, for the CSP (default LIVRET_RELAY_ORIGIN). */
  relayOrigin?: string
}

/** Reads LIVRET_METRICS_ADDRESS ("host:port", "[v6]:port" or "port"). */
function metricsAddress(raw: string | undefined): { host: string; port: number } | undefined {
  if (!raw) return undefined
  const match = /^(?:\[?([^\]]*?)\]?:)?(\d{1,5})$/.exec(raw)
  if (!match) throw new Error('LIVRET_METRICS_ADDRESS must be host:port or port')
  return { host: match[1] || '127.0.0.1', port: Number(match[2]) }
}

/** A running relay. */
export interface Relay {
  url: string
  port: number
  server: Server
  hub: Hub
  metrics: Metrics
  log: Logger
  /** Port of the separate /metrics listener, when there is one. */
  metricsPort?: number
  /** Marks the relay as shutting down: /readyz answers 503 from now on (drain before close). */
  beginShutdown(): void
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
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxFrameBytes,
    // Off, and it must stay off: a broadcast writes its pre-built frame under ws (ws-frame.ts), which
    // could overtake a message ws is still compressing.
    perMessageDeflate: false,
    clientTracking: false,
  })

  const headerOptions = {
    servedOverTls: options.servedOverTls ?? process.env.LIVRET_SERVED_OVER_TLS === '1',
    ...((options.relayOrigin ?? process.env.LIVRET_RELAY_ORIGIN)
      ? { relayOrigin: (options.relayOrigin ?? process.env.LIVRET_RELAY_ORIGIN) as string }
      : {}),
  }
  const everyAnswer = Object.entries(commonHeaders(headerOptions))
  const serveStatic = staticFiles(resolve(options.distDir), pageHeaders(headerOptions))
  const handovers = new HandoverStore(limits, storage)
  const metricsToken = options.metricsToken ?? (process.env.LIVRET_METRICS_TOKEN || undefined)
  let shuttingDown = false

  const server = createServer((req, res) => {
    for (const [name, value] of everyAnswer) res.setHeader(name, value)
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/healthz') return answerHealth(res)
    if (path === '/readyz') {
      answerReady(res, storage, shuttingDown).catch(() => res.destroy())
      return
    }
    if (path === '/metrics') return answerMetrics(req, res, metrics, metricsToken)
    const handled = path.startsWith('/rooms/')
      ? handleRoomsApi(hub, req, res, clientIp(req, trustProxy))
      : path.startsWith('/handover/')
        ? handleHandover(handovers, metrics, req, res, clientIp(req, trustProxy))
        : path.startsWith('/status/')
          ? handleStatusLists(hub, req, res, clientIp(req, trustProxy))
          : Promise.resolve(false)
    handled
      .then((done) => (done ? undefined : serveStatic(req, res)))
      .catch((error) => {
        log.error({ err: String(error) }, 'http handler failed')
        if (!res.headersSent) res.writeHead(500).end()
      })
  })

  const metricsAt =
    options.metricsPort !== undefined
      ? { host: options.metricsHost ?? '127.0.0.1', port: options.metricsPort }
      : metricsAddress(process.env.LIVRET_METRICS_ADDRESS)
  const metricsServer = metricsAt
    ? createServer((req, res) => {
        for (const [name, value] of everyAnswer) res.setHeader(name, value)
        const path = new URL(req.url ?? '/', 'http://x').pathname
        if (path !== '/metrics') return void res.writeHead(404).end()
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metrics.render())
      })
    : undefined

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy())
    try {
      const target = parseSyncUrl(req.url)
      if (!target) {
        socket.end(
          'HTTP/1.1 404 Not Found\r\nx-content-type-options: nosniff\r\nconnection: close\r\ncontent-length: 0\r\n\r\n',
        )
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
    handovers.sweep().catch((error) => log.error({ err: String(error) }, 'handover sweep failed'))
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
  if (metricsServer && metricsAt)
    await new Promise<void>((done) =>
      metricsServer.listen({ port: metricsAt.port, host: metricsAt.host }, done),
    )
  const metricsPort = metricsServer ? (metricsServer.address() as AddressInfo).port : undefined
  log.info({ port, metricsPort }, 'relay listening')
  let closing: Promise<void> | null = null
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    hub,
    metrics,
    log,
    ...(metricsPort !== undefined ? { metricsPort } : {}),
    beginShutdown: () => {
      shuttingDown = true
    },
    close: () => {
      shuttingDown = true
      closing ??= (async () => {
        clearInterval(ticker)
        clearInterval(sweeper)
        clearInterval(pinger)
        const closed = new Promise<void>((done) => server.close(() => done()))
        hub.closeAll()
        server.closeAllConnections()
        await closed
        if (metricsServer) await new Promise<void>((done) => metricsServer.close(() => done()))
        await bus.close()
        await storage.close()
        metrics.stop()
      })()
      return closing
    },
  }
}
