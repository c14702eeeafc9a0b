// The JavaScript a first page load fetches, read from the built index.html: the entry
// module scripts and every modulepreloaded chunk, each gzipped at level 9.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One initial script and its sizes. */
export interface InitialScript {
  path: string
  bytes: number
  gzipBytes: number
}

/** Paths of the scripts index.html loads up front (entry + modulepreload), in order, unique. */
export function initialScriptPaths(html: string): string[] {
  const found: string[] = []
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? []
  for (const tag of tags) {
    const isScript = /^<script/i.test(tag) && /type=["']?module/i.test(tag)
    const isPreload = /^<link/i.test(tag) && /rel=["']?modulepreload/i.test(tag)
    const src = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1]
    if ((isScript || isPreload) && src && !found.includes(src)) found.push(src)
  }
  return found
}

/** Reads and gzips each initial script of a dist directory. */
export async function initialScripts(distDir: string): Promise<InitialScript[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8')
  const out: InitialScript[] = []
  for (const path of initialScriptPaths(html)) {
    const bytes = await readFile(join(distDir, path.replace(/^\//, '')))
    out.push({ path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length })
  }
  return out
}
