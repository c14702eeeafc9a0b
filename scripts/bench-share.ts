// Share benchmark (issue 4), in Node against an in-process relay on loopback: a booklet of 2,000
// competences is shared live (createMs); the operator opens the link until the received doc is
// checked (openMs, median of 5 opens; no rendering here: the browser figure adds the UI); a live
// change of the holder reaches the operator's doc (liveMs, p50 over 20 changes). Prints a table
// and, last, one JSON line {"createMs","openMs","liveMs"}. Run: npx tsx scripts/bench-share.ts
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { createBookletDoc, putItem, putProfile, readItem } from '../src/booklet/index.ts'
import { sampleCompetence } from '../src/domain/index.ts'
import { openShareLink } from '../src/features/receive/open-link.ts'
import { createShare } from '../src/features/share/service.ts'
import { startRelay } from '../sync-server/server.ts'

const COMPETENCES = 2000
const dir = mkdtempSync(join(tmpdir(), 'livret-bench-share-'))
const relay = await startRelay({
  port: 0,
  host: '127.0.0.1',
  dataDir: dir,
  distDir: join(dir, 'none'),
  logLevel: 'silent',
})
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
try {
  const booklet = createBookletDoc()
  const now = new Date().toISOString()
  putProfile(booklet, { displayName: 'Amina', languages: [], createdAt: now, updatedAt: now })
  const ids: string[] = []
  booklet.transact(() => {
    for (let i = 0; i < COMPETENCES; i++) {
      const c = sampleCompetence({ label: `Compétence ${i}` })
      ids.push(c.id)
      putItem(booklet, 'competences', c)
    }
  })
  const net = { relayOrigin: relay.url, WebSocketPolyfill: WebSocket }
  const t0 = performance.now()
  const created = await createShare(
    booklet,
    { recipient: 'CPAS', mode: 'live', sections: { competences: { all: true } } },
    net,
  )
  const createMs = performance.now() - t0
  if (!created.ok) throw new Error(created.code)
  const opens: number[] = []
  for (let i = 0; i < 5; i++) {
    const t = performance.now()
    const opened = await openShareLink(created.value.link, { WebSocketPolyfill: WebSocket, follow: false })
    opens.push(performance.now() - t)
    if (!opened.ok) throw new Error(opened.code)
    opened.value.doc.destroy()
  }
  const operator = await openShareLink(created.value.link, { WebSocketPolyfill: WebSocket })
  if (!operator.ok) throw new Error(operator.code)
  const op = operator.value.doc
  const lives: number[] = []
  for (let i = 0; i < 20; i++) {
    const id = ids[i * 7] as string
    const current = readItem(booklet, 'competences', id)
    if (!current.ok) throw new Error(current.code)
    const label = `Modifiée ${i}`
    const seen = new Promise<number>((resolve) => {
      const check = () => {
        const r = readItem(op, 'competences', id)
        if (r.ok && r.value.label === label) {
          op.off('afterTransaction', check)
          resolve(performance.now())
        }
      }
      op.on('afterTransaction', check)
    })
    const t = performance.now()
    putItem(booklet, 'competences', { ...current.value, label })
    lives.push((await seen) - t)
  }
  operator.value.stop()
  created.value.stop()
  const result = {
    createMs: Math.round(createMs),
    openMs: Math.round(median(opens)),
    liveMs: Math.round(median(lives)),
  }
  console.log(`| measure | value (ms) | target |`)
  console.log(`| --- | --- | --- |`)
  console.log(`| createMs (2,000 competences, live) | ${result.createMs} | — |`)
  console.log(`| openMs (median of 5, link → checked doc) | ${result.openMs} | ≤ 500 |`)
  console.log(`| liveMs (p50 of 20 changes) | ${result.liveMs} | ≤ 200 |`)
  console.log(JSON.stringify(result))
} finally {
  await relay.close()
  rmSync(dir, { recursive: true, force: true })
}
