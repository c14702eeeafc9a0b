// Stopping a child process the harnesses started (relays, Chromium): politely, then for sure.
import type { ChildProcess } from 'node:child_process'

/** True while the child has neither exited nor been killed by a signal. */
export const running = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null

/** Sends SIGTERM and waits for the exit; SIGKILL after `graceMs` if it does not go. No-op once it has exited. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (!running(child)) return
  const exited = new Promise((done) => child.once('exit', done))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}
