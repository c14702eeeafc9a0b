// Guard: small files. Every code file of the project (src, sync-server, scripts, tests and the
// config at the root) stays at or under 300 lines, split by responsibility past that; only the i18n
// data (the word tables and the glossary) may be longer.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const MAX_LINES = 300
const CODE = /\.(?:ts|tsx|js|mjs|cjs|css|html)$/
const SKIP_DIRS = new Set(['node_modules', 'dist', 'data', 'coverage'])

/** The i18n data: word tables per language (whole and by area) and the glossary's entries. */
const isI18nData = (path: string): boolean =>
  /^src\/i18n\/(?:areas\/[\w-]+\.)?(?:fr|nl|en)\.ts$/.test(path) || path === 'src/i18n/glossary.ts'

/** Every code file below `dir`, as paths relative to the project root. */
function codeFiles(dir: string, depth = true): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (depth) out.push(...codeFiles(path))
    } else if (CODE.test(entry.name)) out.push(relative(ROOT, path))
  }
  return out
}

/** Lines in a text, not counting the newline that ends the last one. */
const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0)

describe('no long files', () => {
  it('counts lines as wc -l does, and tells i18n data from code', () => {
    expect(lineCount('a\nb\n')).toBe(2)
    expect(lineCount('a\nb')).toBe(2)
    expect(isI18nData('src/i18n/fr.ts')).toBe(true)
    expect(isI18nData('src/i18n/areas/share.nl.ts')).toBe(true)
    expect(isI18nData('src/i18n/speech.ts')).toBe(false)
    expect(isI18nData('src/i18n/areas/types.ts')).toBe(false)
  })

  it(`keeps every code file outside i18n data at ${MAX_LINES} lines or fewer`, () => {
    const files = [
      ...codeFiles(ROOT, false),
      ...['src', 'sync-server', 'scripts', 'tests', 'public'].flatMap((d) => codeFiles(join(ROOT, d))),
    ]
    expect(files.length).toBeGreaterThan(300)
    const long: string[] = []
    for (const file of files) {
      if (isI18nData(file)) continue
      const lines = lineCount(readFileSync(join(ROOT, file), 'utf8'))
      if (lines > MAX_LINES) long.push(`${file}: ${lines} lines`)
    }
    expect(long, `split these by responsibility (at most ${MAX_LINES} lines)`).toEqual([])
  })
})
