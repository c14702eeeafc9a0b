// The layer rules of biome.json fail on a wrong import: for each rule a probe file with one forbidden
// import is written into the layer, `biome lint` runs on all probes at once, and each forbidden probe
// must be reported by noRestrictedImports while each allowed probe (the same layer importing what it
// may) must not be. The probes are removed afterwards, whatever happens.
import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
const biome = join(root, 'node_modules', '.bin', 'biome')

type Probe = { dir: string; from: string; forbidden: boolean; rule: string }

const probes: Probe[] = [
  // domain imports only valibot
  { dir: 'src/domain', from: 'yjs', forbidden: true, rule: 'domain imports only valibot' },
  { dir: 'src/domain', from: '../booklet/index.ts', forbidden: true, rule: 'domain imports only valibot' },
  { dir: 'src/domain', from: 'valibot', forbidden: false, rule: 'domain imports only valibot' },
  // lib is the bottom
  { dir: 'src/lib', from: '../ui/store.ts', forbidden: true, rule: 'lib imports nothing of the app' },
  // protocol: the wire contract, below everything but domain
  {
    dir: 'src/protocol',
    from: '../transport/index.ts',
    forbidden: true,
    rule: 'protocol stays at the bottom',
  },
  { dir: 'src/protocol', from: '../domain/index.ts', forbidden: false, rule: 'protocol stays at the bottom' },
  // credential: self-contained
  {
    dir: 'src/credential',
    from: '../booklet/index.ts',
    forbidden: true,
    rule: 'credential is self-contained',
  },
  // booklet must not import transport, storage, features or ui
  { dir: 'src/booklet', from: '../transport/index.ts', forbidden: true, rule: 'booklet: no transport' },
  { dir: 'src/booklet', from: '../features/share/index.ts', forbidden: true, rule: 'booklet: no features' },
  { dir: 'src/booklet', from: '../storage/index.ts', forbidden: true, rule: 'booklet: no storage' },
  { dir: 'src/booklet', from: '../ui/store.ts', forbidden: true, rule: 'booklet: no ui' },
  { dir: 'src/booklet', from: '../protocol/envelope.ts', forbidden: true, rule: 'only through index.ts' },
  { dir: 'src/booklet', from: '../protocol/index.ts', forbidden: false, rule: 'only through index.ts' },
  // storage must not import transport or features
  { dir: 'src/storage', from: '../transport/index.ts', forbidden: true, rule: 'storage: no transport' },
  { dir: 'src/storage', from: '../booklet/read.ts', forbidden: true, rule: 'only through index.ts' },
  { dir: 'src/storage', from: '../booklet/index.ts', forbidden: false, rule: 'only through index.ts' },
  // transport must not import storage, booklet or features
  { dir: 'src/transport', from: '../storage/index.ts', forbidden: true, rule: 'transport: no storage' },
  {
    dir: 'src/transport',
    from: '../features/share/index.ts',
    forbidden: true,
    rule: 'transport: no features',
  },
  { dir: 'src/transport', from: '../protocol/token.ts', forbidden: true, rule: 'only through index.ts' },
  // features: no Preact, no ui; other layers and other features through index.ts
  { dir: 'src/features/share', from: 'preact/hooks', forbidden: true, rule: 'features: no Preact' },
  { dir: 'src/features/share', from: '../../ui/store.ts', forbidden: true, rule: 'features: no ui' },
  {
    dir: 'src/features/share',
    from: '../../transport/sealed-room.ts',
    forbidden: true,
    rule: 'only index.ts',
  },
  { dir: 'src/features/share', from: '../../storage/records.ts', forbidden: true, rule: 'only index.ts' },
  { dir: 'src/features/share', from: '../receive/records.ts', forbidden: true, rule: 'only index.ts' },
  { dir: 'src/features/share', from: '../../transport/index.ts', forbidden: false, rule: 'only index.ts' },
  { dir: 'src/features/share', from: '../receive/index.ts', forbidden: false, rule: 'only index.ts' },
  // ui renders: no transport, no Dexie, features through index.ts
  { dir: 'src/ui/screens', from: '../../transport/index.ts', forbidden: true, rule: 'ui: no transport' },
  { dir: 'src/ui/screens', from: 'dexie', forbidden: true, rule: 'ui: no Dexie' },
  { dir: 'src/ui/screens', from: '../../features/share/store.ts', forbidden: true, rule: 'only index.ts' },
  { dir: 'src/ui/screens', from: '../../features/share/index.ts', forbidden: false, rule: 'only index.ts' },
  // i18n and pwa must not import ui
  { dir: 'src/i18n', from: '../ui/store.ts', forbidden: true, rule: 'i18n: no ui' },
  { dir: 'src/pwa', from: '../ui/store.ts', forbidden: true, rule: 'pwa: no ui' },
  { dir: 'src/pwa', from: '../lib/index.ts', forbidden: false, rule: 'pwa: no ui' },
  // the relay shares only src/protocol
  {
    dir: 'sync-server',
    from: '../src/features/share/index.ts',
    forbidden: true,
    rule: 'relay: protocol only',
  },
  { dir: 'sync-server', from: '../src/protocol/ids.ts', forbidden: false, rule: 'relay: protocol only' },
]

const files = probes.map((p, i) => join(p.dir, `lint-probe-${process.pid}-${i}.ts`))
afterAll(() => {
  for (const f of files) rmSync(join(root, f), { force: true })
})

describe('layer rules (biome.json noRestrictedImports)', () => {
  it('report every forbidden probe and no allowed one', () => {
    probes.forEach((p, i) => {
      writeFileSync(join(root, files[i] ?? ''), `import * as m from '${p.from}'\n\nexport const probe = m\n`)
    })
    const run = spawnSync(biome, ['lint', '--max-diagnostics=500', '--colors=off', ...files], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    })
    const out = `${run.stdout}\n${run.stderr}`
    const flagged = (file: string) =>
      out.split('\n').some((l) => l.startsWith(`${file}:`) && l.includes('lint/style/noRestrictedImports'))
    const report = probes.map((p, i) => ({ ...p, flagged: flagged(files[i] ?? '') }))
    expect(run.status, out).not.toBe(null)
    expect(report.filter((r) => r.forbidden !== r.flagged)).toEqual([])
    expect(run.status).not.toBe(0)
  })
})
