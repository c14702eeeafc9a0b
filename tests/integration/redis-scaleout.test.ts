// Scale-out on Redis: one redis-server and two relay processes (REDIS_URL set) on loopback,
// sealed-room clients (src/transport) connected to either instance, directly or through a
// balancer with no sticky routing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { signStatement } from '../../src/protocol/statement.ts'
import { mintRoomToken } from '../../src/transport/room-keys.ts'
import { openRedisStorage } from '../../sync-server/storage/redis.ts'
import { startRedis, type TestRedis } from '../support/redis.ts'
import { findPlaintext, newRoom, openRoom, sleep, type TestRoom, until } from '../support/sealed.ts'
import { type Balancer, type RelayProcess, startBalancer, startRelayProcess } from './redis-cluster.ts'

let redis: TestRedis
let a: RelayProcess
let b: RelayProcess
const rooms: TestRoom[] = []

beforeAll(async () => {
  redis = await startRedis()
  ;[a, b] = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)])
})
afterEach(() => {
  for (const r of rooms.splice(0)) r.room.destroy()
})
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
})

const text = (r: TestRoom) => r.doc.getText('t').toString()
const write = (r: TestRoom, s: string) => r.doc.getText('t').insert(r.doc.getText('t').length, s)
function open(...args: Parameters<typeof openRoom>): TestRoom {
  const r = openRoom(...args)
  rooms.push(r)
  return r
}

async function post(url: string, body: unknown): Promise<number> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return res.status
}

describe('relay scale-out on Redis', () => {
  it('clients on different instances converge', async () => {
    const secrets = newRoom()
    const onA = open(a.url, secrets, 'write')
    const onB = open(b.url, secrets, 'write')
    await until(
      () => onA.room.status.status === 'synced' && onB.room.status.status === 'synced',
      'both synced',
    )
    write(onA, 'from A; ')
    write(onB, 'from B; ')
    for (let i = 0; i < 20; i++) write(i % 2 ? onA : onB, `${i};`)
    await until(
      () => text(onA) === text(onB) && text(onA).length > 0 && text(onA).includes('19;'),
      'converged',
    )
    expect(text(onA)).toContain('from A; ')
    expect(text(onA)).toContain('from B; ')
    // A latecomer on either instance gets everything.
    const late = open(b.url, secrets, 'read')
    await until(() => text(late) === text(onA), 'latecomer converged')
  })

  it('a revocation posted on one instance closes the socket on the other within 1 s', async () => {
    const secrets = newRoom()
    const minted = mintRoomToken(secrets.signingSecret, 'read', 3600)
    const kept = open(b.url, secrets, 'write')
    const revoked = open(b.url, secrets, 'read', { token: minted.token })
    await until(
      () => kept.room.status.status === 'synced' && revoked.room.status.status === 'synced',
      'both synced on B',
    )
    const statement = signStatement(secrets.signingSecret, {
      v: 1,
      type: 'revoke',
      room: secrets.roomId,
      issuedAt: Math.floor(Date.now() / 1000),
      tokenIds: [minted.tokenId],
    })
    const started = Date.now()
    expect(await post(`${a.url}/rooms/${secrets.roomId}/revoke`, statement)).toBe(200)
    await until(() => revoked.statuses.includes('refused:token-revoked'), 'revoked socket closed', 1000)
    expect(Date.now() - started).toBeLessThan(1000)
    await sleep(200)
    expect(kept.room.status.status).toBe('synced')
  })

  it('a deletion posted on one instance closes the room on the other', async () => {
    const secrets = newRoom()
    const onB = open(b.url, secrets, 'write')
    await until(() => onB.room.status.status === 'synced', 'synced on B')
    const statement = signStatement(secrets.signingSecret, {
      v: 1,
      type: 'delete',
      room: secrets.roomId,
      issuedAt: Math.floor(Date.now() / 1000),
    })
    expect(await post(`${a.url}/rooms/${secrets.roomId}/delete`, statement)).toBe(200)
    await until(() => onB.statuses.includes('refused:room-gone'), 'room closed on B', 1000)
  })

  it('an instance whose Redis subscription was cut catches up on what it missed', async () => {
    const secrets = newRoom()
    const onA = open(a.url, secrets, 'write')
    const onB = open(b.url, secrets, 'write')
    await until(() => onA.room.status.status === 'synced' && onB.room.status.status === 'synced', 'synced')
    // Drops every subscriber connection; what A publishes before B resubscribes is lost to B.
    expect(await redis.command('CLIENT', 'KILL', 'TYPE', 'pubsub')).toMatch(/^:[1-9]/)
    write(onA, 'written while B was deaf;')
    await until(() => text(onB).includes('written while B was deaf;'), 'B caught up', 10_000)
    write(onB, 'and B still writes;')
    await until(() => text(onA).includes('and B still writes;'), 'A gets what B writes after')
  })

  it('the Redis dump and AOF hold ciphertext only, none of the plaintext', async () => {
    const secrets = newRoom()
    const needles = [
      'Plaquiste-jointeur confirmé',
      'CACES R489 catégorie 3',
      'Mme Kowalczyk, 14 rue des Lilas',
    ]
    const onA = open(a.url, secrets, 'write')
    const onB = open(b.url, secrets, 'write')
    await until(() => onA.room.status.status === 'synced' && onB.room.status.status === 'synced', 'synced')
    write(onA, needles[0] as string)
    write(onB, needles[1] as string)
    write(onA, needles[2] as string)
    await until(() => needles.every((n) => text(onA).includes(n) && text(onB).includes(n)), 'both have all')
    const storage = await openRedisStorage(redis.url)
    const stored = await storage.loadUpdates(secrets.roomId)
    await storage.close()
    expect(stored.updates.length).toBeGreaterThan(0)
    const dump = await redis.dumpBytes()
    expect(findPlaintext(dump, needles)).toEqual([])
    // The search does find what is stored: a slice of a stored (sealed) update is in the dump.
    const longest = stored.updates.reduce((x, y) => (y.length > x.length ? y : x))
    expect(dump.includes(Buffer.from(longest.subarray(longest.length - 40)))).toBe(true)
  })

  it('an instance killed mid-session loses nothing; its clients reconnect to the other and converge', async () => {
    // `spare` never holds the room before the kill, so what it serves comes from Redis.
    const [victim, spare] = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)])
    let balancer: Balancer | undefined
    try {
      balancer = await startBalancer([victim.port, a.port])
      const secrets = newRoom()
      const steady = open(a.url, secrets, 'write') // stays on A throughout
      const moving = open(balancer.url, secrets, 'write') // on the victim until it dies
      const watcher = open(balancer.url, secrets, 'read')
      await until(() => [steady, moving, watcher].every((r) => r.room.status.status === 'synced'), 'synced')
      let i = 0
      const writing = setInterval(() => {
        write(steady, `s${i};`)
        write(moving, `m${i};`)
        i++
      }, 15)
      await sleep(600)
      await victim.kill()
      balancer.backends = [] // hold reconnections back while storage is checked
      const seenAtKill = text(watcher).split(';').filter(Boolean)
      expect(seenAtKill.some((piece) => piece.startsWith('m'))).toBe(true)
      // Everything the watcher had received from the killed instance is in storage: a fresh
      // reader on an instance that loads the room from Redis now gets it, before any client
      // could send it again.
      const fresh = open(spare.url, secrets, 'read')
      await until(() => fresh.room.status.status === 'synced', 'fresh reader synced')
      const missing = seenAtKill.filter((piece) => !text(fresh).includes(`${piece};`))
      expect(missing).toEqual([])
      balancer.backends = [victim.port, a.port] // the dead one refuses: the balancer skips it
      await sleep(400)
      clearInterval(writing)
      await until(
        () => moving.room.status.status === 'synced' && watcher.room.status.status === 'synced',
        'reconnected through the balancer',
      )
      await until(
        () => [moving, watcher, fresh].every((r) => text(r) === text(steady)),
        'converged after the kill',
        15_000,
      )
      const last = i - 1
      expect(text(steady)).toContain(`m${last};`) // written while its instance was dead
      expect(text(steady)).toContain(`s${last};`)
      expect(watcher.statuses).not.toContain('refused:forbidden')
    } finally {
      await balancer?.close()
      await Promise.all([victim.stop(), spare.stop()])
    }
  })
})
