import { BenchClient, makeRooms } from './bench-relay/client.ts'
import { sample, startServer } from './bench-relay/servers.ts'
const name = (process.argv[2] ?? 'livret') as 'livret'
const n = Number(process.argv[3] ?? 1000)
const server = process.env.BASE ? { base: process.env.BASE, pid: Number(process.env.PID), stop: async () => {} } : await startServer(name)
const [room] = makeRooms(1, 'storm', name === 'livret') as [Parameters<typeof BenchClient.prototype.constructor>[2]]
const seeder = new BenchClient(name, server.base, room as never)
await seeder.synced
const Y = await import('yjs')
const doc = new Y.Doc()
for (let i = 0; i < 16; i++) {
  const before = Y.encodeStateVector(doc)
  doc.getArray('entries').push(Array.from({ length: 16 }, () => crypto.getRandomValues(new Uint8Array(4096))))
  seeder.send(Y.encodeStateAsUpdate(doc, before))
  await new Promise((r) => setTimeout(r, 20))
}
await new Promise((r) => setTimeout(r, 2000))
const s0 = sample(server.pid)
const start = performance.now()
const opened: number[] = []
const clients = Array.from({ length: n }, () => {
  const c = new BenchClient(name, server.base, room as never)
  c.ws.once('open', () => opened.push(performance.now() - start))
  return c
})
await Promise.all(clients.map((c) => c.synced))
const t = clients.map((c) => (c.syncedAt ?? 0) - start).sort((a, b) => a - b)
opened.sort((a, b) => a - b)
const pct = (a: number[], p: number) => Math.round(a[Math.min(a.length - 1, Math.floor(a.length * p))] ?? 0)
const s1 = sample(server.pid)
console.log(JSON.stringify({ synced: t.filter((x) => x > 0).length, open: [pct(opened, 0.5), pct(opened, 0.9), pct(opened, 1)], sync: [pct(t, 0.1), pct(t, 0.5), pct(t, 0.9), pct(t, 0.99), pct(t, 1)], cpuMs: (s1.cpuUs - s0.cpuUs) / 1000 }))
for (const c of clients) c.ws.terminate()
seeder.ws.terminate()
await server.stop()
