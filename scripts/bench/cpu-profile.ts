// A JavaScript CPU profile of the page around one action (CDP Profiler), summarised as the
// functions with the most self time: what to look at when a benchmark misses its target.
import type { CDPSession } from 'playwright-core'

type ProfileNode = {
  id: number
  children?: number[]
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

/** One line of the summary: a function, its self time, and its heaviest call stack (callers, innermost first). */
export type HotFunction = { name: string; where: string; selfMs: number; stack: string[] }

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
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const label = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame
    return `${functionName || '(anonymous)'}${url ? ` ${url.replace(/^.*\//, '')}:${lineNumber + 1}` : ''}`
  }
  const stackOf = (id: number) => {
    const out: string[] = []
    for (let p = parent.get(id); p !== undefined && out.length < 10; p = parent.get(p)) {
      const node = byId.get(p)
      if (node && node.callFrame.functionName !== '(root)') out.push(label(node))
    }
    return out
  }
  const heaviest = new Map<string, { id: number; ms: number }>()
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
    const entry = merged.get(key) ?? { name, where, selfMs: 0, stack: [] }
    entry.selfMs += ms
    merged.set(key, entry)
    if ((heaviest.get(key)?.ms ?? -1) < ms) heaviest.set(key, { id, ms })
  }
  const top = [...merged.entries()].sort((a, b) => b[1].selfMs - a[1].selfMs).slice(0, limit)
  return top.map(([key, entry]) => ({ ...entry, stack: stackOf(heaviest.get(key)?.id ?? -1) }))
}
