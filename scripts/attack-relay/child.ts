// One attack of attacks.ts in a process of its own (forked by scripts/attack-relay.ts), so that
// forging and sending hostile frames never slows the honest pair's event loop: what the honest
// pair measures is the relay alone. Runs until the parent sends 'stop', then exits.
import { ATTACKS } from './attacks.ts'

const [name, origin, wsUrl] = process.argv.slice(2) as [string, string, string]
const attack = ATTACKS.find((a) => a.name === name)
if (!attack) throw new Error(`no attack ${name}`)
const controller = new AbortController()
process.on('message', (m) => {
  if (m === 'stop') controller.abort()
})
process.send?.('started')
await attack.run({ origin, wsUrl, signal: controller.signal }).catch(() => {})
process.send?.('stopped')
process.exit(0)
