// `npm run bench:latency`: the latency figures the tests used to assert, measured here instead
// (a timed assertion fails on a busy machine and proves nothing on an idle one). In Node on
// loopback: a revocation posted to the relay until the revoked socket is closed (revokeMs,
// median of 7); the same across two relay processes sharing a redis-server, posted to one and
// closed by the other (revokeAcrossInstancesMs, median of 7; null without redis-server); the
// first Brotli answer for a 1 MB asset, compressed on demand (brotliFirstMs). Targets: revocations
// under 1 s, the first compressed answer under 5 s. Prints a table, then one JSON line.
// Run: npx tsx scripts/bench-latency.ts
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeTokenUnverified } from '../src/protocol/token.ts'
import { startRelay } from '../sync-server/server.ts'
import { startRelayProcess } from '../tests/integration/redis-cluster.ts'
import { REDIS_SERVER_BIN, startRedis } from '../tests/support/redis.ts'
import { makeRoom, rawClient, startTestRelay } from '../tests/support/relay.ts'

const ROUNDS = 7
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN

/** One revocation: a read socket on `wsBase`, the statement posted to `postUrl`, ms until it closes. */
async function revokeOnce(wsBase: string, postUrl: string): Promise<number> {
  const room = makeRoom()
  const token = room.token('read')
  const client = rawClient(wsBase, room.roomId, token)
  await client.opened
  const tokenId = decodeTokenUnverified(token)?.tokenId as string
  const started = performance.now()
  const res = await fetch(`${postUrl}/rooms/${room.roomId}/revoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(room.statement({ type: 'revoke', tokenIds: [tokenId] })),
  })
  if (res.status !== 200) throw new Error(`revoke answered ${res.status}`)
  await client.closed
  return performance.now() - started
}

async function revokeMs(): Promise<number> {
  const relay = await startTestRelay()
  try {
    const times: number[] = []
    for (let i = 0; i < ROUNDS; i++) times.push(await revokeOnce(relay.wsBase, relay.relay.url))
    return median(times)
  } finally {
    await relay.stop()
  }
}

async function revokeAcrossInstancesMs(): Promise<number | null> {
  if (!existsSync(REDIS_SERVER_BIN)) return null
  const redis = await startRedis()
  const [a, b] = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)])
  try {
    const times: number[] = []
    for (let i = 0; i < ROUNDS; i++) times.push(await revokeOnce(b.url.replace(/^http/, 'ws'), a.url))
    return median(times)
  } finally {
    await Promise.all([a.stop(), b.stop()])
    await redis.stop()
  }
}

async function brotliFirstMs(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'livret-bench-latency-'))
  await mkdir(join(dir, 'dist', 'assets'), { recursive: true })
  await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>Livret</title>')
  const big = Buffer.concat([
    Buffer.from('livret '.repeat(80_000)),
    Buffer.from(Array.from({ length: 500_000 }, (_, i) => (i * 2654435761) >>> 24)),
  ])
  await writeFile(join(dir, 'dist', 'assets', 'big.wasm'), big)
  const relay = await startRelay({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir, 'data'),
    distDir: join(dir, 'dist'),
    logLevel: 'silent',
  })
  try {
    const started = performance.now()
    await new Promise<void>((resolve, reject) => {
      const req = request(`${relay.url}/assets/big.wasm`, { headers: { 'accept-encoding': 'br' } }, (res) => {
        if (res.headers['content-encoding'] !== 'br') reject(new Error('not compressed'))
        res.resume()
        res.on('end', () => resolve())
      })
      req.on('error', reject)
      req.end()
    })
    return performance.now() - started
  } finally {
    await relay.close()
    await rm(dir, { recursive: true, force: true })
  }
}

const result = {
  revokeMs: Math.round(await revokeMs()),
  revokeAcrossInstancesMs: await revokeAcrossInstancesMs().then((ms) =>
    ms === null ? null : Math.round(ms),
  ),
  brotliFirstMs: Math.round(await brotliFirstMs()),
}
console.log('figure                       ms    target')
console.log(`revoke → socket closed       ${String(result.revokeMs).padStart(5)}  < 1000`)
console.log(
  `revoke across instances      ${String(result.revokeAcrossInstancesMs ?? '—').padStart(5)}  < 1000`,
)
console.log(`first Brotli answer (1 MB)   ${String(result.brotliFirstMs).padStart(5)}  < 5000`)
console.log(JSON.stringify(result))
