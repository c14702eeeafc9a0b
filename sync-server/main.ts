// Entry point of `npm start` (after the build): reads the environment and starts the relay.
// With REDIS_URL, storage and fan-out go through Redis so several instances serve the same rooms.
import { startRelay } from './server.ts'

const port = Number(process.env.PORT ?? 8787)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".\n`)
  process.exit(1)
}
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
// An append is durable when it resolves only if Redis fsyncs its AOF before replying.
if ('storage' in redis && redis.storage.durability !== 'fsync-always') {
  relay.log.warn(
    { durability: redis.storage.durability },
    'Redis is not configured with appendonly yes and appendfsync always: acknowledged updates may be lost in a crash of Redis',
  )
}
process.stdout.write(`Livret is running on http://localhost:${relay.port}\n`)
// On a stop signal /readyz answers 503 for LIVRET_DRAIN_SECONDS, so a load balancer sends new
// clients elsewhere before the sockets close (1012, clients reconnect through the balancer).
const drainSeconds = Number(process.env.LIVRET_DRAIN_SECONDS ?? 0)
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    relay.beginShutdown()
    const wait = Number.isFinite(drainSeconds) && drainSeconds > 0 ? drainSeconds * 1000 : 0
    setTimeout(() => relay.close().finally(() => process.exit(0)), wait)
  })
}
