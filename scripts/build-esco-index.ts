// Build step of the ESCO index (issue 13, point 4): reads the CSVs in ../shared/esco (or $ESCO_DIR)
// and writes the index files under <out>/esco/<version>/ plus <out>/esco/manifest.json.
// Used by the Vite plugin in vite.config.ts (every `vite build` and the dev server) and runnable
// alone: `tsx scripts/build-esco-index.ts [outDir]` (default public-esco/, for inspection).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BuiltEscoIndex, buildEscoIndex } from '../src/features/esco/build-index.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where the ESCO CSVs are: $ESCO_DIR, else ../shared/esco beside the repository. */
export const escoSourceDir = (): string => process.env.ESCO_DIR ?? resolve(root, '..', 'shared', 'esco')

/** Builds the index from the CSV folder; throws with a clear message when the folder is missing. */
export const buildEscoIndexFromDir = (dir: string = escoSourceDir()): BuiltEscoIndex => {
  if (!existsSync(dir))
    throw new Error(`ESCO CSVs not found in ${dir}: put ../shared/esco beside the clone or set ESCO_DIR`)
  return buildEscoIndex((file) => readFileSync(join(dir, file), 'utf8'))
}

/** The files to serve, by path under the site root (esco/manifest.json, esco/<version>/…). */
export const escoSiteFiles = (built: BuiltEscoIndex): Map<string, string> => {
  const out = new Map<string, string>([['esco/manifest.json', JSON.stringify(built.manifest)]])
  for (const [name, text] of built.files) out.set(`esco/${built.manifest.version}/${name}`, text)
  return out
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(root, 'public-esco'))
  const built = buildEscoIndexFromDir()
  for (const [path, text] of escoSiteFiles(built)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true })
    writeFileSync(join(outDir, path), text)
  }
  console.log(JSON.stringify({ outDir, rowsRead: built.rowsRead, manifest: built.manifest }))
}
