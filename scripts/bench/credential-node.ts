// One tree's booklet opening in Node (this thread: Node has no Worker global, so the chain verifier
// takes its in-thread road): every card asks at once, as a screen's do. The tree's modules are imported
// from its own folder, so an old commit's code runs beside this one's in the same process, each with
// its own memories. A first opening forgets everything (outcomes, endorsements, canonicalization
// shapes); `shapesKnown` keeps the shapes (another booklet opened in the same session).
import { join } from 'node:path'
import type { BenchBooklet } from './credential-booklet.ts'
import type { Tree } from './credential-trees.ts'

type Fn = (...a: unknown[]) => unknown
type Modules = { credential: Record<string, Fn>; trust: Record<string, Fn>; shapes: Record<string, Fn> }

/** What one opening measured. */
export type NodeOpening = { ms: number; cpuMs: number; longestBlockMs: number; againMs: number }

const loaded = new Map<string, Promise<Modules>>()

const modulesOf = (tree: Tree): Promise<Modules> => {
  let m = loaded.get(tree.root)
  if (!m) {
    const src = (p: string) => import(join(tree.root, 'src', p)) as Promise<Record<string, Fn>>
    m = Promise.all([
      src('credential/index.ts'),
      src('features/trust/index.ts'),
      src('credential/fast-canonize.ts'),
    ]).then(([credential, trust, shapes]) => ({ credential, trust, shapes }))
    loaded.set(tree.root, m)
  }
  return m
}

/** Opens the booklet once with `tree`'s code, then again (everything remembered). */
export const openInNode = async (
  tree: Tree,
  booklet: BenchBooklet,
  shapesKnown = false,
): Promise<NodeOpening> => {
  const { credential, trust, shapes } = await modulesOf(tree)
  const known = new Map()
  for (const l of booklet.statusLists) {
    const r = (await credential.verifyStatusList?.(l)) as { ok: boolean; value: { url: string } }
    if (!r.ok) throw new Error('status list')
    known.set(r.value.url, { list: r.value, checkedAt: new Date().toISOString() })
  }
  const ctx = {
    trusted: new Map([
      [booklet.orgDid, { did: booklet.orgDid, name: 'CISP', via: { kind: 'face-to-face' } }],
    ]),
    statusLists: known,
  }
  ;(credential.sharedChainVerifier?.() as { forget: () => void } | undefined)?.forget()
  credential.forgetVerifiedCredentials?.()
  trust.forgetCheckedEndorsements?.()
  if (!shapesKnown) shapes.clearShapes?.()
  const cache = trust.createVerifyCache?.() as { verify: (c: unknown) => Promise<unknown> }
  const open = async () => {
    let longest = 0
    let last = performance.now()
    let probing = true
    const probe = () => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
      if (probing) setImmediate(probe)
    }
    setImmediate(probe)
    const states = (await Promise.all(
      booklet.credentials.map(async (c) => trust.validationState?.(await cache.verify(c), ctx)),
    )) as { state: string }[]
    probing = false
    const wrong = states.find((s) => s.state !== 'trusted-organisation')
    if (wrong) throw new Error(`${tree.name}: not all trusted: ${JSON.stringify(wrong)}`)
    return longest
  }
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const longestBlockMs = await open()
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const t1 = performance.now()
  await open()
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, longestBlockMs, againMs: performance.now() - t1 }
}
