// Intake refusals and the offline share file: a tampered or malformed link is refused with a
// clear code (locally when the token is touched, after the sync when the key is), and a share
// file round-trips with its key while a tampered, foreign-version or garbage file is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { listItems } from '../../src/booklet/index.ts'
import { bytesContain, projectionFixture, SECRETS } from '../../src/booklet/projection-fixture.ts'
import { openShareLink } from '../../src/features/receive/open-link.ts'
import { type CreatedShare, createShare } from '../../src/features/share/service.ts'
import { exportOfflineShare, exportShareFile, openShareFile } from '../../src/features/share/share-file.ts'
import { toBase64Url } from '../../src/protocol/index.ts'
import { postStatement, tokenStatus } from '../../src/transport/relay-api.ts'
import { mintRoomToken, parseRoomFragment, roomLink } from '../../src/transport/room-keys.ts'
import { startTestRelay, type TestRelay } from './relay-support.ts'

let relay: TestRelay
let share: CreatedShare
let ids: ReturnType<typeof projectionFixture>['ids']
const ws = { WebSocketPolyfill: WebSocket }

beforeAll(async () => {
  relay = await startTestRelay()
  const fixture = projectionFixture()
  ids = fixture.ids
  const created = await createShare(
    fixture.doc,
    {
      recipient: 'Forem — conseillère',
      sections: { experiences: { ids: [ids.exPicked] }, competences: { all: true } },
    },
    { relayOrigin: relay.relay.url, ...ws },
  )
  if (!created.ok) throw new Error(created.code)
  share = created.value
})
afterAll(async () => {
  await relay.stop()
})

const flipChar = (s: string, at: number): string => {
  const c = s[at] === 'A' ? 'B' : 'A'
  return s.slice(0, at) + c + s.slice(at + 1)
}

describe('share links', () => {
  it('opens the untouched link, and refuses tampered or malformed ones with clear codes', async () => {
    const good = await openShareLink(share.link, ws)
    expect(good.ok && good.value.meta.recipient).toBe('Forem — conseillère')
    if (good.ok) good.value.stop()
    const cap = parseRoomFragment(share.link.slice(share.link.indexOf('#'))) ?? expect.unreachable()
    const origin = relay.relay.url
    const code = async (link: string) => {
      const r = await openShareLink(link, ws)
      if (r.ok) r.value.stop()
      return r.ok ? 'opened' : r.code
    }
    expect(await code(`${origin}/recu#room=${cap.roomId}&token=${cap.token}`)).toBe('link-malformed')
    expect(await code('nonsense')).toBe('link-malformed')
    expect(await code(share.link.replace(`token=${cap.token}`, `token=${flipChar(cap.token, 40)}`))).toBe(
      'link-bad-token',
    )
    const otherKey = globalThis.crypto.getRandomValues(new Uint8Array(32))
    expect(await code(roomLink(origin, { ...cap, roomKey: otherKey }, '/recu'))).toBe('link-bad-key')
    const write = mintRoomToken(share.record.signingSecret, 'write', 600).token
    expect(await code(roomLink(origin, { ...cap, token: write }, '/recu'))).toBe('link-wrong-role')
    // A bare fragment needs the relay origin.
    const fragment = share.link.slice(share.link.indexOf('#'))
    expect(await code(fragment)).toBe('link-malformed')
    const viaFragment = await openShareLink(fragment, { relayOrigin: origin, ...ws })
    expect(viaFragment.ok).toBe(true)
    if (viaFragment.ok) viaFragment.value.stop()
  })

  it('says share-expired past the token expiry, share-revoked, share-gone once erased', async () => {
    const later = new Date(Date.now() + 400 * 86_400_000)
    const expired = await openShareLink(share.link, { now: later, ...ws })
    expect(expired.ok ? 'opened' : expired.code).toBe('share-expired')
    const { doc } = projectionFixture()
    const other = await createShare(
      doc,
      { recipient: 'Mission locale', sections: { competences: { all: true } } },
      { relayOrigin: relay.relay.url, ...ws },
    )
    if (!other.ok) throw new Error(other.code)
    const revoked = await postStatement(relay.relay.url, other.value.record.signingSecret, {
      type: 'revoke',
      room: other.value.record.roomId,
      tokenIds: [other.value.record.readTokenId],
    })
    expect(revoked.ok).toBe(true)
    const refused = await openShareLink(other.value.link, ws)
    expect(refused.ok ? 'opened' : refused.code).toBe('share-revoked')
    // An expire statement with a time already past erases the room at once.
    const erased = await postStatement(relay.relay.url, other.value.record.signingSecret, {
      type: 'expire',
      room: other.value.record.roomId,
      at: Math.floor(Date.now() / 1000) - 1,
    })
    expect(erased.ok).toBe(true)
    const gone = await openShareLink(other.value.link, ws)
    expect(gone.ok ? 'opened' : gone.code).toBe('share-gone')
    const status = await tokenStatus(
      relay.relay.url,
      other.value.record.roomId,
      parseRoomFragment(other.value.link.split('#')[1] ?? '')?.token ?? '',
    )
    expect(status.ok && status.value).toEqual({ ok: false, code: 'room-gone' })
  })

  it('says share-unreachable when no relay answers', async () => {
    const r = await openShareLink(share.link, { relayOrigin: 'http://127.0.0.1:9', timeoutMs: 800, ...ws })
    expect(r.ok ? 'opened' : r.code).toBe('share-unreachable')
  })
})

describe('share files', () => {
  it('round-trips a share file with its key, sealed (nothing in clear)', async () => {
    const file = await exportShareFile(share.projection, share.record)
    expect(file.key).toHaveLength(43)
    expect(file.key).toBe(toBase64Url(share.record.roomKey))
    for (const s of [...SECRETS, 'PICKED-EXP banque alimentaire', 'Forem'])
      expect(bytesContain(file.bytes, s)).toBe(false)
    const opened = await openShareFile(file.bytes, file.key)
    if (!opened.ok) throw new Error(opened.code)
    expect(opened.value.meta.recipient).toBe('Forem — conseillère')
    expect(listItems(opened.value.doc, 'experiences').items.map((e) => e.id)).toEqual([ids.exPicked])
    expect(
      listItems(opened.value.doc, 'competences')
        .items.map((c) => c.id)
        .sort(),
    ).toEqual([ids.cPicked, ids.cUnpicked].sort())
    // Offline, without any room on the relay, straight from the booklet.
    const { doc, ids: own } = projectionFixture()
    const bad = await exportOfflineShare(doc, { recipient: '', sections: {} } as never)
    expect(bad.ok ? 'ok' : bad.code).toBe('invalid')
    const offline = await exportOfflineShare(doc, {
      recipient: 'Forem',
      sections: { projects: { ids: [own.prPicked] } },
    })
    if (!offline.ok) throw new Error(offline.code)
    expect(offline.value.roomId).not.toBe(share.record.roomId)
    const read = await openShareFile(offline.value.bytes, offline.value.key)
    if (!read.ok) throw new Error(read.code)
    expect(read.value.meta.mode).toBe('snapshot')
    expect(listItems(read.value.doc, 'projects').items.map((p) => p.id)).toEqual([own.prPicked])
    expect(listItems(read.value.doc, 'competences').items).toEqual([])
  })

  it('refuses tampered, foreign-version and garbage files, and a wrong key', async () => {
    const file = await exportShareFile(share.projection)
    const code = async (bytes: Uint8Array, key = file.key) => {
      const r = await openShareFile(bytes, key)
      return r.ok ? 'opened' : r.code
    }
    const tampered = file.bytes.slice()
    const last = tampered.length - 20
    tampered[last] = (tampered[last] as number) ^ 1
    expect(await code(tampered)).toBe('file-tampered')
    const text = new TextDecoder().decode(file.bytes)
    const headerStart = text.indexOf('{')
    const version = file.bytes.slice()
    const at = text.indexOf('"version":1', headerStart) + '"version":'.length
    version[at] = '2'.charCodeAt(0)
    expect(await code(version)).toBe('file-version')
    const otherRoom = file.bytes.slice()
    const roomAt = text.indexOf(file.roomId) + 5
    otherRoom[roomAt] = otherRoom[roomAt] === 65 ? 66 : 65
    expect(await code(otherRoom)).toMatch(/^file-(tampered|garbage)$/)
    expect(await code(new TextEncoder().encode('not a share file at all'))).toBe('file-garbage')
    expect(await code(new Uint8Array(0))).toBe('file-garbage')
    expect(await code(file.bytes.slice(0, 30))).toBe('file-garbage')
    const other = toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)))
    expect(await code(file.bytes, other)).toBe('file-tampered')
    expect(await code(file.bytes, 'short')).toBe('file-bad-key')
  })
})
