// The broadcast's pre-built frames reach a ws client as the same messages ws.send would deliver,
// in order with ws's own frames, at every length encoding (7-bit, 16-bit, 64-bit).
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { binaryFrame, rawSocket } from './ws-frame.ts'

const SIZES = [1, 125, 126, 127, 65_535, 65_536, 70_000]

function payload(n: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(n)
  for (let i = 0; i < n; i++) bytes[i] = (i * 31 + seed) & 255
  return bytes
}

let server: WebSocketServer | undefined
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = undefined
})

async function pair(): Promise<{ near: WebSocket; far: WebSocket }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false })
  server = wss
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()))
  const accepted = new Promise<WebSocket>((resolve) => wss.once('connection', resolve))
  const far = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`)
  await new Promise<void>((resolve, reject) => {
    far.once('open', () => resolve())
    far.once('error', reject)
  })
  return { near: await accepted, far }
}

describe('binaryFrame / rawSocket', () => {
  it('delivers pre-built frames of every length encoding, interleaved in order with ws.send', async () => {
    const { near, far } = await pair()
    const expected: Uint8Array[] = []
    const received: Uint8Array[] = []
    const binary: boolean[] = []
    const all = new Promise<void>((resolve) => {
      far.on('message', (data: Buffer, isBinary: boolean) => {
        received.push(new Uint8Array(data))
        binary.push(isBinary)
        if (received.length === 2 * SIZES.length) resolve()
      })
    })
    for (const [i, n] of SIZES.entries()) {
      const framed = payload(n, i)
      const socket = rawSocket(near, near.bufferedAmount)
      expect(socket).not.toBeNull()
      socket?.write(binaryFrame(framed))
      expected.push(framed)
      const plain = payload(n, 100 + i)
      near.send(plain, { binary: true })
      expected.push(plain)
    }
    await all
    expect(binary.every(Boolean)).toBe(true)
    expect(received.map((r) => r.length)).toEqual(expected.map((e) => e.length))
    for (const [i, r] of received.entries()) expect(Buffer.compare(r, expected[i] as Uint8Array)).toBe(0)
    far.close()
  })

  it('gives no socket once the WebSocket is closed', async () => {
    const { near, far } = await pair()
    const closed = new Promise<void>((resolve) => near.once('close', () => resolve()))
    far.terminate()
    await closed
    expect(rawSocket(near, near.bufferedAmount)).toBeNull()
  })
})
