// The signing code (the credential module with JSON-LD) loads only in trainer mode: in the built app,
// the static-import closure of the entry and of the holder's first screens holds no chunk with it,
// while the validation screen's does (so this check can fail). The trainer home needs only the key
// code, not JSON-LD. Reads dist/ (or DIST_DIR) as built by `npm run build`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertBuilt, DIST_DIR } from '../support/app-server.ts'

const assets = join(DIST_DIR, 'assets')

/** Chunks loaded with `roots` before any dynamic import: the static-import closure. */
const closure = (roots: readonly string[]): string[] => {
  const seen = new Set<string>()
  const walk = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const src = readFileSync(join(assets, file), 'utf8')
    for (const m of src.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      if (m[1]) walk(m[1])
    }
  }
  for (const r of roots) walk(r)
  return [...seen]
}

const chunksOf = (prefix: string): string[] => {
  const found = readdirSync(assets).filter((f) => f.endsWith('.js') && f.startsWith(`${prefix}-`))
  if (found.length === 0) throw new Error(`no built chunk for ${prefix}`)
  return found
}

const entry = (): string[] =>
  [...readFileSync(join(DIST_DIR, 'index.html'), 'utf8').matchAll(/assets\/([\w.-]+\.js)/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  )

/** Does a chunk carry the signing code (the eddsa-rdfc-2022 suite and JSON-LD)? */
const signing = (file: string): boolean => {
  const src = readFileSync(join(assets, file), 'utf8')
  return src.includes('eddsa-rdfc-2022') || src.includes('jsonld.SyntaxError')
}

describe('lazy signing code', () => {
  it('is not in the entry nor in the holder first screens, is in the validation screen', () => {
    assertBuilt()
    expect(closure(entry()).filter(signing)).toEqual([])
    for (const screen of ['profile', 'experiences', 'competences', 'projects', 'plan-screen']) {
      expect(closure(chunksOf(screen)).filter(signing), screen).toEqual([])
    }
    expect(closure(chunksOf('trainer-screen')).filter(signing)).toEqual([])
    expect(closure(chunksOf('validate-screen')).filter(signing).length).toBeGreaterThan(0)
  })
})
