import { BenchClient, makeRooms } from './bench-relay/client.ts'
import { startServer } from './bench-relay/servers.ts'
const server = await startServer('livret')
const http = server.base.replace('ws:', 'http:')
const mem = async () => (await (await fetch(`${http}/metrics`)).text()).split('\n').filter((l) => l.startsWith('livret_process_memory') || l.startsWith('livret_rooms')).map((l) => l.replace('livret_process_memory_bytes', '').replace(/ (\d+)$/, (_, n) => ` ${Number(n) > 1e5 ? Math.round(Number(n) / 1e5) / 10 : n}`)).join(' ')
console.log('before', await mem())
const rooms = makeRooms(1000, 'left', true)
const Y = await import('yjs')
const clients = rooms.map((r) => new BenchClient('livret', server.base, r))
await Promise.all(clients.map((c) => c.synced))
for (const c of clients) { const d = new Y.Doc(); d.getArray('entries').push(Array.from({ length: 20 }, () => crypto.getRandomValues(new Uint8Array(1024)))); c.send(Y.encodeStateAsUpdate(d)) }
await new Promise((r) => setTimeout(r, 3000))
console.log('open', await mem(), JSON.stringify(clients.reduce((m, c) => { const k = String(c.closeCode); m[k] = (m[k] ?? 0) + 1; return m }, {} as Record<string, number>)))
await Promise.all(clients.map((c) => c.close()))
for (let i = 0; i < 4; i++) { await new Promise((r) => setTimeout(r, 5000)); console.log('left', i, await mem()) }
await server.stop()
