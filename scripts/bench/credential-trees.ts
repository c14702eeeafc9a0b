// Source trees the credential benchmarks compare: this tree, and an older commit's `src/` extracted
// under `.tmp/` (git archive), so that old and new run side by side in one run on the same machine
// load. The extracted tree resolves its packages from this worktree's node_modules (a parent folder).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** A tree to measure: a name for the tables and the folder holding its `src/`. */
export type Tree = { name: string; root: string }

/** This worktree. */
export const currentTree = (): Tree => ({ name: 'new', root: resolve('.') })

/** `src/` of commit `ref`, extracted once under .tmp/bench-tree-<sha>/. */
export const treeAt = (ref: string): Tree => {
  const sha = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`])
    .toString()
    .trim()
  const root = resolve('.tmp', `bench-tree-${sha}`)
  if (!existsSync(join(root, 'src', 'credential'))) {
    mkdirSync(root, { recursive: true })
    const archive = execFileSync('git', ['archive', '--format=tar', sha, 'src'], { maxBuffer: 256 << 20 })
    execFileSync('tar', ['-x', '-C', root], { input: archive })
  }
  return { name: `old (${sha})`, root }
}

/** The `--baseline <ref>` argument (or BASELINE), when given. */
export const baselineArg = (argv: readonly string[] = process.argv): string | undefined => {
  const i = argv.indexOf('--baseline')
  const ref = i >= 0 ? argv[i + 1] : process.env.BASELINE
  return ref && ref.length > 0 ? ref : undefined
}

/** A bench entry module re-exporting what the page measures from a tree (written under .tmp/). */
export const benchEntry = (tree: Tree, tag: string): string => {
  const file = resolve('.tmp', `bench-entry-${tag}.ts`)
  mkdirSync(resolve('.tmp'), { recursive: true })
  const src = (p: string) => JSON.stringify(join(tree.root, 'src', p))
  writeFileSync(
    file,
    [
      `export * as credential from ${src('credential/index.ts')}`,
      `export * as cache from ${src('features/trust/verify-cache.ts')}`,
      `export * as chain from ${src('features/trust/verify-chain.ts')}`,
      `export * as state from ${src('features/trust/trust-state.ts')}`,
      '',
    ].join('\n'),
  )
  return file
}
