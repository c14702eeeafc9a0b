import { sample, startServer } from './bench-relay/servers.ts'
import { storm } from './bench-relay/scenarios.ts'
const name = (process.argv[2] ?? 'livret') as 'livret'
const server = await startServer(name)
let s0 = sample(server.pid)
const marks: Record<string, unknown> = {}
const result = await storm({ server: name, base: server.base, scenario: 'storm', quick: process.env.Q === '1' } as never, async (m: string) => {
  const s = sample(server.pid)
  if (m === 'storm-start') s0 = s
  else marks[m] = { cpuMs: (s.cpuUs - s0.cpuUs) / 1000, rssKB: s.rssKB }
})
console.log(JSON.stringify({ result, marks }))
await server.stop()
