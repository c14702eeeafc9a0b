// The recovery sheet against the real relay: the code alone brings the whole booklet back on a new
// device; the relay's files hold nothing readable; a replaced sheet's old code is refused as
// 'sheet-replaced' while the new one works; typing mistakes are caught before the relay is asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type * as Y from 'yjs'
import { listItems } from '../../src/booklet/index.ts'
import { projectionFixture } from '../../src/booklet/projection-fixture.ts'
import {
  readRecoveryCopy,
  replaceRecoverySheet,
  writeRecoveryCopy,
} from '../../src/features/devices/recovery-copy.ts'
import { readRecoveryRecords, writeRecoveryRecords } from '../../src/features/devices/recovery-records.ts'
import {
  newRecoverySeed,
  parseRecoveryCode,
  RECOVERY_CODE_LENGTH,
  recoveryCode,
  recoveryLink,
  recoveryRoomOf,
} from '../../src/features/devices/recovery-sheet.ts'
import { startTestRelay, type TestRelay } from '../support/relay.ts'
import { findPlaintext, readAllFiles } from '../support/sealed.ts'

let relay: TestRelay
let net: { relayOrigin: string; WebSocketPolyfill: unknown; timeoutMs: number }
beforeAll(async () => {
  relay = await startTestRelay()
  net = { relayOrigin: relay.relay.url, WebSocketPolyfill: WebSocket, timeoutMs: 10_000 }
})
afterAll(async () => {
  await relay.stop()
})

const titles = (doc: Y.Doc) =>
  listItems(doc, 'experiences')
    .items.map((e) => e.title)
    .sort()

describe('the recovery code', () => {
  it('round-trips, forgives spacing, case and O/I/L, and catches a mistyped character', () => {
    for (let i = 0; i < 50; i++) {
      const seed = newRecoverySeed()
      const code = recoveryCode(seed)
      expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4} ){6}[0-9A-HJKMNP-TV-Z]{4}$/)
      expect(code.replace(/ /g, '')).toHaveLength(RECOVERY_CODE_LENGTH)
      const typed = code.toLowerCase().replace(/ /g, '-').replace(/0/g, 'o').replace(/1/g, 'l')
      expect(parseRecoveryCode(typed)).toEqual({ ok: true, value: seed })
      expect(parseRecoveryCode(recoveryLink('https://livret.example', seed))).toEqual({
        ok: true,
        value: seed,
      })
    }
    const seed = newRecoverySeed()
    const code = recoveryCode(seed).replace(/ /g, '')
    let caught = 0
    for (let i = 0; i < code.length - 1; i++) {
      const c = code[i] as string
      const other = c === '2' ? '3' : '2'
      const r = parseRecoveryCode(code.slice(0, i) + other + code.slice(i + 1))
      if (!r.ok) caught++
      else expect(r.value).not.toEqual(seed)
    }
    // One check byte: a changed character slips through 1 time in 256 at most.
    expect(caught).toBeGreaterThanOrEqual(code.length - 3)
    expect(parseRecoveryCode('ABCD')).toEqual({ ok: false, code: 'sheet-malformed' })
    expect(parseRecoveryCode(`${code.slice(0, -1)}U`)).toEqual({ ok: false, code: 'sheet-malformed' })
  })
})

describe('the sealed copy behind a sheet', () => {
  it('restores the whole booklet from the code alone; a replaced sheet stops working', async () => {
    const { doc } = projectionFixture()
    const seed = newRecoverySeed()
    const written = await writeRecoveryCopy(doc, seed, net)
    if (!written.ok) throw new Error(written.code)
    written.value.destroy()
    const key = new Uint8Array(32).fill(7)
    const share = {
      kind: 'share',
      id: 'a'.repeat(24),
      updatedAt: new Date().toISOString(),
      value: { roomKey: key },
    }
    const pairing = { kind: 'pairing', id: 'self', updatedAt: share.updatedAt, value: { token: 'x' } }
    const stored = await writeRecoveryRecords(seed, [share, pairing], net)
    if (!stored.ok) throw new Error(stored.code)

    // A new device: nothing but the typed code.
    const typed = parseRecoveryCode(recoveryCode(seed))
    if (!typed.ok) throw new Error(typed.code)
    const back = await readRecoveryCopy(typed.value, net)
    if (!back.ok) throw new Error(back.code)
    expect(titles(back.value)).toEqual(titles(doc))
    expect(titles(back.value).length).toBeGreaterThan(0)
    // The shares come back beside it (not this device's pairing).
    expect(await readRecoveryRecords(typed.value, net)).toEqual({ ok: true, value: [share] })

    // The relay read nothing.
    const files = await readAllFiles(relay.dataDir)
    expect(findPlaintext(Buffer.concat(files.map((f) => f.bytes)), titles(doc))).toEqual([])

    // A new sheet: the old code meets a deleted room, the new one works.
    const replaced = await replaceRecoverySheet(doc, seed, net)
    if (!replaced.ok) throw new Error(replaced.code)
    replaced.value.room.destroy()
    expect(replaced.value.seed).not.toEqual(seed)
    expect(recoveryRoomOf(replaced.value.seed).roomId).not.toBe(recoveryRoomOf(seed).roomId)
    expect(await readRecoveryCopy(seed, net)).toEqual({ ok: false, code: 'sheet-replaced' })
    expect(await readRecoveryRecords(seed, net)).toEqual({ ok: false, code: 'sheet-replaced' })
    const again = await readRecoveryCopy(replaced.value.seed, net)
    if (!again.ok) throw new Error(again.code)
    expect(titles(again.value)).toEqual(titles(doc))
  })

  it('a code that was never saved says so', async () => {
    const r = await readRecoveryCopy(newRecoverySeed(), net)
    expect(r.ok ? 'restored' : r.code).toMatch(/^sheet-(empty|replaced)$/)
  })
})
