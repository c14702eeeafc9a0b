// SIGKILL durability: the relay runs as a child process (node --import tsx sync-server/main.ts,
// what `npm run serve` runs) with its own PORT and DATA_DIR; one client writes continuously,
// a second receives; the relay is killed with SIGKILL mid-stream and restarted on the same
// DATA_DIR; everything the second client had received must be there.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { freePort } from '../support/redis.ts'
import { makeRoom, provider } from '../support/relay.ts'
import { until } from '../support/until.ts'

async function startChild(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DIST_DIR: join(dataDir, 'no-dist'),
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('Livret is running')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}`)))
  })
  return child
}

describe('relay durability', () => {
  const children: ChildProcess[] = []
  const cleanups: (() => void)[] = []
  let dataDir = ''
  afterEach(() => {
    for (const c of cleanups.splice(0)) c()
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('everything a second client received survives kill -9 of the relay', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'livret-durable-'))
    const port = await freePort()
    const base = `ws://127.0.0.1:${port}`
    const first = await startChild(port, dataDir)
    children.push(first)
    const room = makeRoom()
    const writer = provider(base, room.roomId, room.token('write'))
    const receiver = provider(base, room.roomId, room.token('read'))
    cleanups.push(writer.destroy, receiver.destroy)
    await Promise.all([writer.synced(), receiver.synced()])
    writer.provider.shouldConnect = false
    receiver.provider.shouldConnect = false
    let i = 0
    const pusher = setInterval(() => {
      for (let k = 0; k < 5; k++) writer.entries.push([new TextEncoder().encode(`entry-${i++}`)])
    }, 5)
    await until(() => receiver.entries.length >= 200, { timeout: 20_000, what: 'receiver got 200 entries' })
    first.kill('SIGKILL')
    clearInterval(pusher)
    await new Promise<void>((resolve) =>
      first.exitCode !== null ? resolve() : first.once('exit', () => resolve()),
    )
    const received = receiver.entries.toArray().map((e) => new TextDecoder().decode(e))
    expect(received.length).toBeGreaterThanOrEqual(200)
    expect(i).toBeGreaterThan(received.length - 1)

    children.push(await startChild(port, dataDir))
    const after = provider(base, room.roomId, room.token('read'))
    cleanups.push(after.destroy)
    await after.synced()
    const restored = new Set(after.entries.toArray().map((e) => new TextDecoder().decode(e)))
    const missing = received.filter((e) => !restored.has(e))
    expect(missing).toEqual([])
  })
})
