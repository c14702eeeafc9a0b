// Entry point of `npm start` (after the build): reads the environment and starts the relay.
// With REDIS_URL, storage and fan-out go through Redis so several instances serve the same rooms.
import { startRelay } from './server.ts'

const port = Number(process.env.PORT ?? 8787)
const redisUrl = process.env.REDIS_URL
// After the bus reconnects, messages may have been missed: rooms in memory are reloaded.
let onBusReconnect = () => {}
const redis = redisUrl
  ? {
      storage: await (await import('./storage/redis.ts')).openRedisStorage(redisUrl),
      bus: await (await import('./bus/redis.ts')).RedisBus.connect(redisUrl, {
        onReconnect: () => onBusReconnect(),
      }),
    }
  : {}
const relay = await startRelay({
  port,
  ...(process.env.HOST ? { host: process.env.HOST } : {}),
  dataDir: process.env.DATA_DIR ?? './data',
  distDir: process.env.DIST_DIR ?? './dist',
  ...redis,
})
onBusReconnect = () => relay.hub.reloadAll()
process.stdout.write(`Livret is running on http://localhost:${relay.port}\n`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    relay.close().finally(() => process.exit(0))
  })
}
// TEMPTRACE
if (process.env.TEMPTRACE) {
  const { monitorEventLoopDelay } = await import('node:perf_hooks')
  const h = monitorEventLoopDelay({ resolution: 5 })
  h.enable()
  setInterval(() => {
    ;(await_fs()).appendFileSync(`${process.env.TEMPTRACE}.loop`, `p50=${(h.percentile(50) / 1e6).toFixed(1)} p99=${(h.percentile(99) / 1e6).toFixed(1)} max=${(h.max / 1e6).toFixed(1)}\n`)
    h.reset()
  }, 2000).unref()
}
function await_fs() { return fsT }
import * as fsT from 'node:fs'
