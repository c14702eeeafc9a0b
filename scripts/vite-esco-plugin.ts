// Vite plugin serving the ESCO index (scripts/build-esco-index.ts): emitted as assets under esco/ on
// `vite build` (so `npm run build` always ships an index made from the CSVs, never a hand copy), and
// answered by a middleware on the dev server. The files are JSON, outside the precache globs: the
// service worker caches them at run time (vite.config.ts 'livret-esco').
import type { Plugin } from 'vite'
import { buildEscoIndexFromDir, escoSiteFiles } from './build-esco-index.ts'

/** The plugin; the index is built once per process, on first need. */
export const escoIndexPlugin = (): Plugin => {
  let files: Map<string, string> | undefined
  const siteFiles = (): Map<string, string> => {
    files ??= escoSiteFiles(buildEscoIndexFromDir())
    return files
  }
  return {
    name: 'livret-esco-index',
    generateBundle() {
      for (const [fileName, source] of siteFiles()) this.emitFile({ type: 'asset', fileName, source })
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? ''
        if (!path.startsWith('esco/')) return next()
        const text = siteFiles().get(path)
        if (text === undefined) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.end(text)
      })
    },
  }
}
