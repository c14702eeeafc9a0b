// The built app served the way `npm start` serves it: the relay started in-process on a free
// port of 127.0.0.1, serving dist/, with a temporary data directory. Tests run after
// `npm run build`; a missing dist/ fails with a message saying so.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startRelay } from '../../sync-server/server.ts'

/** Where the built app is looked for (DIST_DIR overrides it). */
export const DIST_DIR = resolve(process.env.DIST_DIR ?? 'dist')

/** A running app server. */
export interface AppServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string
  port: number
  dataDir: string
  close(): Promise<void>
}

/** Throws a clear error when the app has not been built. */
export function assertBuilt(distDir = DIST_DIR): void {
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'sw.js'))) {
    throw new Error(`${distDir} has no built app (index.html and sw.js): run \`npm run build\` first`)
  }
}

/** Starts the relay on a free loopback port serving the built app. */
export async function startAppServer(distDir = DIST_DIR): Promise<AppServer> {
  assertBuilt(distDir)
  const dataDir = await mkdtemp(join(tmpdir(), 'livret-e2e-data-'))
  const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir, distDir, logLevel: 'silent' })
  const origin = `http://127.0.0.1:${relay.port}`
  return {
    origin,
    port: relay.port,
    dataDir,
    async close() {
      // Browsers keep idle keep-alive sockets open; drop them so the close does not wait on them.
      relay.server.closeAllConnections()
      await relay.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
