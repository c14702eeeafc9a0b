import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BenchClient, makeRooms } from './bench-relay/client.ts'
import { startRelay } from '../sync-server/server.ts'
const dir = mkdtempSync(join(tmpdir(), 'left-'))
const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir: dir, distDir: dir, logLevel: 'silent', limits: { idleRoomSeconds: 2, maxConnectionsPerIp: 10000 } })
const base = `ws://127.0.0.1:${relay.port}`
const mem = () => { const m = process.memoryUsage(); return { rss: Math.round(m.rss / 1e6), heap: Math.round(m.heapUsed / 1e6), ext: Math.round(m.external / 1e6), ab: Math.round(m.arrayBuffers / 1e6) } }
console.log('before', mem())
const rooms = makeRooms(1000, 'left', true)
const Y = await import('yjs')
const clients = rooms.map((r) => new BenchClient('livret', base, r))
await Promise.all(clients.map((c) => c.synced))
for (const c of clients) { const d = new Y.Doc(); d.getArray('entries').push(Array.from({ length: 20 }, () => crypto.getRandomValues(new Uint8Array(1024)))); c.send(Y.encodeStateAsUpdate(d)) }
await new Promise((r) => setTimeout(r, 3000))
console.log('open', mem(), relay.hub.rooms.size)
await Promise.all(clients.map((c) => c.close()))
await new Promise((r) => setTimeout(r, 5000))
console.log('left', mem(), relay.hub.rooms.size, relay.hub.conns.size)
await new Promise((r) => setTimeout(r, 5000))
console.log('later', mem(), relay.hub.rooms.size)
await relay.close()
