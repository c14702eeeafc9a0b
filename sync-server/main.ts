// Entry point of `npm start` (after the build): reads the environment and starts the relay.
import { startRelay } from './server.ts'

const port = Number(process.env.PORT ?? 8787)
const relay = await startRelay({
  port,
  dataDir: process.env.DATA_DIR ?? './data',
  distDir: process.env.DIST_DIR ?? './dist',
})
process.stdout.write(`Livret is running on http://localhost:${relay.port}\n`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    relay.close().finally(() => process.exit(0))
  })
}
