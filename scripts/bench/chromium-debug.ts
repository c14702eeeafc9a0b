// Starts Debian's Chromium with a DevTools port for tools that drive it themselves
// (Lighthouse): a private profile directory, the project's flags, stopped by its own PID.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/browser.ts'
import { stopChild } from '../../tests/support/child.ts'

/** A Chromium listening for DevTools on `port`. */
export interface DebugChromium {
  port: number
  close(): Promise<void>
}

/** Launches Chromium with --remote-debugging-port=0 and resolves with the port it picked. */
export async function launchDebugChromium(): Promise<DebugChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'livret-bench-chromium-'))
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const port = await new Promise<number>((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${seen}`)), 30_000)
    child.once('error', (e) => reject(new Error(`cannot start ${CHROMIUM_PATH}: ${e.message}`)))
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen)
      if (m?.[1]) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    })
  })
  return {
    port,
    async close() {
      await stopChild(child)
      await rm(profile, { recursive: true, force: true })
    },
  }
}
