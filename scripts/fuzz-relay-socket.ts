// A minimal WebSocket client over a raw TCP socket for the relay fuzzer: hand-written upgrade
// request, binary frames with a zero mask, and a parser for the server's frames. Much cheaper
// per connection than an HTTP client (the fuzzer opens thousands), and able to send frames no
// well-behaved library would (text frames, odd opcodes).
import { connect, type Socket } from 'node:net'

/** A raw WebSocket connection. */
export class RawSocket {
  /** Close code from the server's close frame; 1006 when the TCP connection just ended. */
  closeCode: number | undefined
  onMessage: (payload: Uint8Array) => void = () => {}
  onClose: (code: number) => void = () => {}
  private buffer: Buffer = Buffer.alloc(0)

  private constructor(private readonly socket: Socket) {}

  /** Opens `ws://host:port/path`; resolves once the server answered 101. */
  static open(host: string, port: number, path: string): Promise<RawSocket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port })
      socket.setNoDelay(true)
      const raw = new RawSocket(socket)
      let upgraded = false
      socket.on('error', (error) => {
        if (!upgraded) reject(error)
      })
      socket.on('close', () => {
        if (!upgraded) reject(new Error('closed before upgrade'))
        else raw.finish(1006)
      })
      socket.on('data', (chunk: Buffer) => {
        raw.buffer = raw.buffer.length === 0 ? chunk : Buffer.concat([raw.buffer, chunk])
        if (!upgraded) {
          const end = raw.buffer.indexOf('\r\n\r\n')
          if (end < 0) return
          const head = raw.buffer.subarray(0, end).toString('latin1')
          raw.buffer = raw.buffer.subarray(end + 4)
          if (!head.startsWith('HTTP/1.1 101')) {
            socket.destroy()
            reject(new Error(head.split('\r\n')[0]))
            return
          }
          upgraded = true
          resolve(raw)
        }
        raw.parse()
      })
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: bGl2cmV0LWZ1enotcmVsYQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      )
    })
  }

  /** Whether the connection is still usable. */
  get open(): boolean {
    return this.closeCode === undefined && !this.socket.destroyed
  }

  /** Sends one frame (binary by default) with a zero mask key. */
  send(payload: Uint8Array, opcode = 2): void {
    if (!this.open) return
    const n = payload.length
    const head = Buffer.alloc(n < 126 ? 6 : n < 65536 ? 8 : 14)
    head[0] = 0x80 | opcode
    if (n < 126) head[1] = 0x80 | n
    else if (n < 65536) {
      head[1] = 0x80 | 126
      head.writeUInt16BE(n, 2)
    } else {
      head[1] = 0x80 | 127
      head.writeBigUInt64BE(BigInt(n), 2)
    }
    this.socket.write(head)
    this.socket.write(payload)
  }

  /** Closes from our side. */
  close(): void {
    if (this.socket.destroyed) return
    this.send(Uint8Array.from([0x03, 0xe8]), 0x8)
    this.socket.end()
    this.socket.destroy()
  }

  private finish(code: number): void {
    if (this.closeCode !== undefined) return
    this.closeCode = code
    this.socket.destroy()
    this.onClose(code)
  }

  private parse(): void {
    for (;;) {
      const b = this.buffer
      if (b.length < 2) return
      const opcode = (b[0] as number) & 0x0f
      let len = (b[1] as number) & 0x7f
      let offset = 2
      if (len === 126) {
        if (b.length < 4) return
        len = b.readUInt16BE(2)
        offset = 4
      } else if (len === 127) {
        if (b.length < 10) return
        len = Number(b.readBigUInt64BE(2))
        offset = 10
      }
      if (b.length < offset + len) return
      const payload = b.subarray(offset, offset + len)
      this.buffer = b.subarray(offset + len)
      if (opcode === 0x8) {
        this.finish(payload.length >= 2 ? payload.readUInt16BE(0) : 1005)
        return
      }
      if (opcode === 0x9) this.send(payload, 0xa)
      else if (opcode === 0x2) this.onMessage(new Uint8Array(payload))
    }
  }
}
