// Builds the app for a benchmark into .bench/dist (so a concurrent `npm run build` cannot
// swap files under a running measure), or reuses an existing build with --reuse-dist.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** Where benchmarks build the app. */
export const BENCH_DIST = resolve('.bench/dist')

/** Builds (unless --reuse-dist is given and a build exists) and returns the dist directory.
 * `--dist DIR` serves an existing build instead (e.g. an older commit's, to compare side by side). */
export function buildForBench(argv: readonly string[] = process.argv): string {
  const given = argv.indexOf('--dist')
  const dir = given > 0 ? argv[given + 1] : undefined
  if (dir) return resolve(dir)
  const reuse = argv.includes('--reuse-dist')
  // --no-minify keeps function names readable in CPU profiles (figures then differ slightly).
  const minify = argv.includes('--no-minify') ? ['--minify', 'false'] : []
  if (reuse && existsSync(resolve(BENCH_DIST, 'index.html'))) return BENCH_DIST
  const started = performance.now()
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', BENCH_DIST, '--emptyOutDir', '--logLevel', 'warn', ...minify],
    {
      stdio: 'inherit',
    },
  )
  process.stderr.write(`built ${BENCH_DIST} in ${Math.round(performance.now() - started)} ms\n`)
  return BENCH_DIST
}
