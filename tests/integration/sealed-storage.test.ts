// What the relay keeps on disk is ciphertext only: several known plaintext strings written
// through sealed rooms (texts, map keys and values, before and after compaction) appear nowhere
// in any file under its data directory, in UTF-8 or UTF-16; neither do the room keys or tokens.
import { afterEach, describe, expect, it } from 'vitest'
import { toBase64Url } from '../../src/protocol/index.ts'
import { mintRoomToken } from '../../src/transport/room-keys.ts'
import {
  findPlaintext,
  newRoom,
  openRoom,
  readAllFiles,
  startTestRelay,
  type TestRelay,
  type TestRoom,
  until,
} from '../support/sealed.ts'

const CANARIES = [
  'Aide-soignante chez Résidence Les Tilleuls',
  'Permis C obtenu à Namur',
  'frein:mobilité-sans-voiture',
  'Gestion de conflits avec bienveillance',
  'journal: rendez-vous CPAS mardi',
  'Émilie Vandenberghe',
]

let relay: TestRelay | undefined
const rooms: TestRoom[] = []
afterEach(async () => {
  for (const r of rooms.splice(0)) r.room.destroy()
  await relay?.dispose()
  relay = undefined
})

describe('relay storage', () => {
  it('contains none of the plaintext written through sealed rooms, nor keys or tokens', async () => {
    relay = await startTestRelay()
    const secrets = [newRoom(), newRoom()]
    const [first, second] = secrets as [ReturnType<typeof newRoom>, ReturnType<typeof newRoom>]
    const writerToken = mintRoomToken(first.signingSecret, 'write', 3600).token
    const a = openRoom(relay.url, first, 'write', { compactAfter: 3, batchMs: 5, token: writerToken })
    const b = openRoom(relay.url, second, 'write', { compactAfter: 100_000 })
    const reader = openRoom(relay.url, first, 'read')
    rooms.push(a, b, reader)
    // Room 1: many small edits and compactions; room 2: one big uncompacted log.
    for (const [i, canary] of CANARIES.entries()) {
      a.doc.getText('journal').insert(0, `${canary}\n`)
      a.doc.getMap('items').set(canary, { label: canary, n: i })
      await a.room.flush()
      b.doc.getArray('items').push([canary])
      b.doc.getMap(canary).set('label', canary)
    }
    await b.room.flush()
    await until(() => a.room.stats.compactions > 0, 'a compaction')
    await until(
      () =>
        reader.doc
          .getText('journal')
          .toString()
          .includes(CANARIES[5] as string),
      'reader got it',
    )
    await until(() => b.room.stats.pushed > 0 && b.room.status.status === 'synced', 'b pushed')
    // Give the relay time to store the last frames, then stop it so every file is final.
    await new Promise((r) => setTimeout(r, 300))
    const storedEntry = Buffer.from(b.room.envelope.getArray<Uint8Array>('entries').get(0))
    for (const r of rooms.splice(0)) r.room.destroy()
    await relay.stop()

    const files = await readAllFiles(relay.dataDir)
    expect(files.length).toBeGreaterThan(0)
    const all = Buffer.concat(files.map((f) => f.bytes))
    // The search can fail: the sealed entries themselves are stored, and it finds them.
    expect(all.includes(storedEntry)).toBe(true)
    expect(all.length).toBeGreaterThan(CANARIES.join('').length)
    for (const file of files) expect(findPlaintext(file.bytes, CANARIES), file.path).toEqual([])
    const secretsText = secrets.flatMap((s) => [toBase64Url(s.roomKey), toBase64Url(s.signingSecret)])
    expect(findPlaintext(all, [...secretsText, writerToken])).toEqual([])
    for (const s of secrets) {
      expect(all.includes(Buffer.from(s.roomKey))).toBe(false)
      expect(all.includes(Buffer.from(s.signingSecret))).toBe(false)
    }
  })
})
