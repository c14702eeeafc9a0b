// The relay process: one HTTP server on one port serving the built PWA and, on the same
// port, the sync endpoint for sealed rooms (added by the relay: see sync-server/README).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { staticFiles } from './http/static-files.ts'

/** Options of a relay instance; tests start their own on port 0. */
export interface RelayOptions {
  port: number
  host?: string
  dataDir: string
  distDir: string
}

/** A running relay. */
export interface Relay {
  url: string
  port: number
  server: Server
  close(): Promise<void>
}

/** Starts the relay and resolves once it listens. */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const serveStatic = staticFiles(resolve(options.distDir))
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      return
    }
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
    })
  })
  await new Promise<void>((done) => server.listen(options.port, options.host ?? '0.0.0.0', done))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
