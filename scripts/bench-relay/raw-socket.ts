// A minimal WebSocket client over a raw TCP socket for the load generator. A thousand clients
// each receiving a 1 MB sync reply would cost the `ws` package a copy and an allocation per
// message, and make the load generator, not the server, the bottleneck of the storm. Here
// every socket reads into one shared static buffer (net's `onread`), frames are parsed in
// place, and only the first bytes of each message are kept (enough to classify it).
import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'

/** Bytes of each message kept for the caller (the rest is counted, not copied). */
export const PEEK_BYTES = 128

const shared = Buffer.allocUnsafe(256 * 1024)
const OPCODE_BINARY = 2
const OPCODE_CLOSE = 8
const OPCODE_PING = 9
const OPCODE_PONG = 10

/** What the socket reports to its owner. */
export interface RawSocketHandlers {
  onOpen(): void
  /** A whole binary message: its first bytes and its total length. */
  onMessage(peek: Buffer, length: number): void
  onClose(code: number): void
}

/** A client WebSocket (RFC 6455) on a raw socket: binary messages only, no extensions. */
export class RawWebSocket {
  private readonly socket: Socket
  private handshake: Buffer | null = Buffer.alloc(0)
  private header = Buffer.alloc(14)
  private headerLength = 0
  private remaining = 0
  private opcode = 0
  private fin = true
  private messageLength = 0
  private peek = Buffer.alloc(PEEK_BYTES)
  private peekLength = 0
  private inMessage = false
  private closed = false
  open = false

  constructor(url: string, handlers: RawSocketHandlers) {
    const { hostname, port, pathname, search } = new URL(url)
    const socket = connect({
      host: hostname,
      port: Number(port),
      onread: {
        buffer: shared,
        callback: (n: number, buf: Uint8Array) => {
          this.read(buf as Buffer, n)
          return true
        },
      },
    })
    this.socket = socket
    socket.setNoDelay(true)
    socket.on('connect', () => {
      socket.write(
        `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
          'Sec-WebSocket-Version: 13\r\n\r\n',
      )
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      if (this.closed) return
      this.closed = true
      this.open = false
      handlers.onClose(this.closeCode)
    })
    this.handlers = handlers
  }

  private readonly handlers: RawSocketHandlers
  private closeCode = 1006

  /** Sends one binary message (masked, as a client must). */
  send(payload: Uint8Array, opcode = OPCODE_BINARY): void {
    if (!this.open) return
    const length = payload.length
    const size = length < 126 ? 2 : length < 65536 ? 4 : 10
    const frame = Buffer.allocUnsafe(size + 4 + length)
    frame[0] = 0x80 | opcode
    if (size === 2) frame[1] = 0x80 | length
    else if (size === 4) {
      frame[1] = 0x80 | 126
      frame.writeUInt16BE(length, 2)
    } else {
      frame[1] = 0x80 | 127
      frame.writeBigUInt64BE(BigInt(length), 2)
    }
    const mask = randomBytes(4)
    mask.copy(frame, size)
    for (let i = 0; i < length; i++) frame[size + 4 + i] = (payload[i] as number) ^ (mask[i & 3] as number)
    this.socket.write(frame)
  }

  /** Sends a close frame and ends the socket; resolves once it is closed. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve()
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve())
      if (this.open) this.send(Buffer.from([0x03, 0xe8]), OPCODE_CLOSE)
      this.open = false
      this.socket.end()
      setTimeout(() => this.socket.destroy(), 2000).unref()
    })
  }

  private read(buf: Buffer, n: number): void {
    let pos = 0
    if (this.handshake) {
      this.handshake = Buffer.concat([this.handshake, buf.subarray(0, n)])
      const end = this.handshake.indexOf('\r\n\r\n')
      if (end < 0) return
      const head = this.handshake.subarray(0, end).toString('latin1')
      const rest = this.handshake.subarray(end + 4)
      this.handshake = null
      if (!head.startsWith('HTTP/1.1 101')) {
        this.socket.destroy()
        return
      }
      this.open = true
      this.handlers.onOpen()
      if (rest.length > 0) this.read(Buffer.from(rest), rest.length)
      return
    }
    while (pos < n) {
      if (this.remaining === 0 && this.headerLength >= 0) pos = this.readHeader(buf, pos, n)
      if (this.remaining > 0 && pos < n) {
        const take = Math.min(this.remaining, n - pos)
        if (this.peekLength < PEEK_BYTES) {
          const copy = Math.min(take, PEEK_BYTES - this.peekLength)
          buf.copy(this.peek, this.peekLength, pos, pos + copy)
          this.peekLength += copy
        }
        pos += take
        this.remaining -= take
        if (this.remaining === 0) this.endFrame()
      }
    }
  }

  /** Reads header bytes from `pos`; returns the new position. */
  private readHeader(buf: Buffer, pos: number, n: number): number {
    while (pos < n) {
      this.header[this.headerLength++] = buf[pos++] as number
      if (this.headerLength < 2) continue
      const len7 = (this.header[1] as number) & 0x7f
      const need = len7 < 126 ? 2 : len7 === 126 ? 4 : 10
      if (this.headerLength < need) continue
      const length =
        len7 < 126
          ? len7
          : len7 === 126
            ? this.header.readUInt16BE(2)
            : Number(this.header.readBigUInt64BE(2))
      this.fin = ((this.header[0] as number) & 0x80) !== 0
      const opcode = (this.header[0] as number) & 0x0f
      this.headerLength = 0
      if (opcode !== 0) {
        this.opcode = opcode
        this.inMessage = true
        this.messageLength = 0
        this.peekLength = 0
      }
      this.messageLength += length
      this.remaining = length
      if (length === 0) this.endFrame()
      return pos
    }
    return pos
  }

  private endFrame(): void {
    if (!this.fin || !this.inMessage) return
    this.inMessage = false
    const peek = this.peek.subarray(0, this.peekLength)
    if (this.opcode === OPCODE_BINARY) this.handlers.onMessage(peek, this.messageLength)
    else if (this.opcode === OPCODE_PING) this.send(Buffer.from(peek), OPCODE_PONG)
    else if (this.opcode === OPCODE_CLOSE) {
      this.closeCode = peek.length >= 2 ? peek.readUInt16BE(0) : 1005
      this.open = false
      this.socket.end()
    }
  }
}
