// A JavaScript CPU profile of the page around one action (CDP Profiler), summarised as the
// functions with the most self time: what to look at when a benchmark misses its target.
import type { CDPSession } from 'playwright-core'

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  hitCount?: number
}
type Profile = {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

/** One line of the summary. */
export type HotFunction = { name: string; where: string; selfMs: number }

/** Profiles `action` and returns the functions with the most self time (top `limit`). */
export async function profileAction(
  cdp: CDPSession,
  action: () => Promise<void>,
  limit = 15,
): Promise<HotFunction[]> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  await action()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  await cdp.send('Profiler.disable')
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number
    // The time of sample i is the delta to the next sample.
    const dt = (deltas[i + 1] ?? 0) / 1000
    self.set(id, (self.get(id) ?? 0) + dt)
  }
  const merged = new Map<string, HotFunction>()
  for (const [id, ms] of self) {
    const node = byId.get(id)
    if (!node) continue
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    const name = functionName || '(anonymous)'
    const where = url
      ? `${url.replace(/^.*\/assets\//, 'assets/')}:${lineNumber + 1}:${columnNumber + 1}`
      : ''
    const key = `${name}@${where}`
    const entry = merged.get(key) ?? { name, where, selfMs: 0 }
    entry.selfMs += ms
    merged.set(key, entry)
  }
  return [...merged.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit)
}
