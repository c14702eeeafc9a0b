// Guard: tests never wait by the clock. Every test file (tests/**, *.test.ts beside the code) is
// scanned for fixed sleeps — a promise resolved by a timer, a sleep/delay helper, Playwright's
// waitForTimeout, node:timers/promises — outside tests/support/until.ts, the one polling helper.
// Timers used as deadlines (`setTimeout(() => reject(…), ms)`) are not sleeps and pass.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
// until.ts waits between polls; this file holds the patterns' own samples.
const ALLOWED = new Set(['tests/support/until.ts', 'tests/integration/no-fixed-sleeps.test.ts'])

/** What a fixed sleep looks like, each with a name for the report. */
const SLEEPS: [string, RegExp][] = [
  ['timer resolving a promise', /new Promise(?:<[^>]*>)?\(\s*\(?\s*\w*\s*\)?\s*=>\s*\{?\s*setTimeout\(/],
  ['timer calling a bare callback', /setTimeout\(\s*[A-Za-z_$][\w$]*\s*[,)]/],
  ['sleep or delay helper', /\b(?:sleep|delay)\s*\(\s*\d/],
  ['sleep or delay helper defined', /\b(?:const|function)\s+(?:sleep|delay)\b/],
  ["Playwright's waitForTimeout", /\bwaitForTimeout\s*\(/],
  ['node:timers/promises', /['"](?:node:)?timers\/promises['"]/],
]

/** The fixed sleeps in `source`, as "line: kind". */
function findSleeps(source: string): string[] {
  const found: string[] = []
  for (const [n, line] of source.split('\n').entries()) {
    for (const [kind, pattern] of SLEEPS) if (pattern.test(line)) found.push(`${n + 1}: ${kind}`)
  }
  return found
}

function testFiles(dir: string, all: boolean): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...testFiles(path, all))
    else if (/\.tsx?$/.test(entry.name) && (all || /\.test\.tsx?$/.test(entry.name))) out.push(path)
  }
  return out
}

describe('no fixed sleeps in tests', () => {
  it('recognises sleeps, and not deadlines', () => {
    const sleeps = [
      'await new Promise((r) => setTimeout(r, 300))',
      'await new Promise((resolve) => setTimeout(resolve, 1600))',
      'await new Promise<void>((done) => { setTimeout(() => done(), 50) })',
      'const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))',
      'await sleep(450)',
      'await page.waitForTimeout(500)',
      "import { setTimeout as wait } from 'node:timers/promises'",
    ]
    for (const line of sleeps) expect(findSleeps(line), line).not.toEqual([])
    const deadlines = [
      'const timer = setTimeout(() => reject(new Error(`relay did not start`)), 30_000)',
      "const timer = setTimeout(() => child.kill('SIGKILL'), 5000)",
      'const timer = setTimeout(() => resolve(false), ms)',
      "await until(() => room.status.status === 'synced', { what: 'synced' })",
    ]
    for (const line of deadlines) expect(findSleeps(line), line).toEqual([])
  })

  it('finds none in tests/ nor in any *.test.ts file', () => {
    const files = [
      ...testFiles(join(ROOT, 'tests'), true),
      ...testFiles(join(ROOT, 'src'), false),
      ...testFiles(join(ROOT, 'sync-server'), false),
    ]
    expect(files.length).toBeGreaterThan(50)
    const report: string[] = []
    for (const file of files) {
      const name = relative(ROOT, file)
      if (ALLOWED.has(name)) continue
      for (const hit of findSleeps(readFileSync(file, 'utf8'))) report.push(`${name}:${hit}`)
    }
    expect(report, 'poll a condition with until() from tests/support/until.ts instead').toEqual([])
  })
})
