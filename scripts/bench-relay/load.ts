// Load-generator process of `npm run bench:relay`: runs one scenario against one server
// and talks to the orchestrator over IPC (marks to sample the server, then the result).
// It runs apart from the server under test so that the server's CPU is its own.
import { fanout, idle, type LoadSpec, left, storm } from './scenarios.ts'

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec
const waiting = new Map<string, () => void>()

process.on('message', (message: { ack?: string }) => {
  if (message.ack) waiting.get(message.ack)?.()
})

function mark(name: string): Promise<void> {
  return new Promise((resolve) => {
    waiting.set(name, resolve)
    process.send?.({ mark: name })
  })
}

const run = { fanout, storm, idle, left }[spec.scenario]
try {
  const result = await run(spec, mark)
  process.send?.({ result }, () => process.exit(0))
} catch (error) {
  process.send?.({ error: String(error instanceof Error ? error.stack : error) }, () => process.exit(1))
}
