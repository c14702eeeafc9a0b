import { startServer } from './bench-relay/servers.ts'
import { fanout } from './bench-relay/scenarios.ts'
const server = await startServer('livret')
const http = server.base.replace('ws:', 'http:')
const r = await fanout({ server: 'livret', base: server.base, scenario: 'fanout', quick: process.env.Q === '1' } as never, async () => {})
console.log(JSON.stringify(r))
console.log((await (await fetch(`${http}/metrics`)).text()).split('\n').filter((l) => /loop|storage_latency|refused_total\{/.test(l)).join('\n'))
await server.stop()
