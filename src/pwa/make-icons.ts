// Writes the app icons (PNG 192, 512, maskable 512, and the SVG) into public/. Run once with
// `npx tsx src/pwa/make-icons.ts`; the files are committed. A tiny rasteriser, no dependency.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

type Rgba = [number, number, number, number]
const BLUE: Rgba = [0x1d, 0x4e, 0x89, 255]
const WHITE: Rgba = [255, 255, 255, 255]
const GOLD: Rgba = [0xff, 0xd2, 0x7a, 255]
const CLEAR: Rgba = [0, 0, 0, 0]

// The picture in unit coordinates: a booklet (white page, gold spine, blue lines) on blue.
function colour(x: number, y: number, maskable: boolean): Rgba {
  if (!maskable) {
    const r = 0.18
    const cx = Math.min(Math.max(x, r), 1 - r)
    const cy = Math.min(Math.max(y, r), 1 - r)
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR
  }
  const inBook = x >= 0.3 && x <= 0.7 && y >= 0.25 && y <= 0.75
  if (!inBook) return BLUE
  if (x <= 0.37) return GOLD
  for (const ly of [0.36, 0.46, 0.56]) if (y >= ly && y <= ly + 0.035 && x >= 0.43 && x <= 0.64) return BLUE
  if (y >= 0.66 && y <= 0.695 && x >= 0.43 && x <= 0.55) return BLUE
  return WHITE
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

/** PNG bytes of the icon at `size` pixels (4×4 supersampling for smooth edges). */
export function iconPng(size: number, maskable: boolean): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1))
  const S = 4
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0]
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = colour((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, maskable)
          for (let i = 0; i < 4; i++)
            acc[i] = (acc[i] as number) + (c[i] as number) * (i < 3 ? c[3] / 255 : 1)
        }
      const a = (acc[3] as number) / (S * S)
      const o = py * (size * 4 + 1) + 1 + px * 4
      for (let i = 0; i < 3; i++)
        raw[o + i] = a > 0 ? Math.round((acc[i] as number) / (S * S) / (a / 255)) : 0
      raw[o + 3] = Math.round(a)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img">
<title>Livret</title>
<rect width="100" height="100" rx="18" fill="#1d4e89"/>
<rect x="30" y="25" width="40" height="50" fill="#fff"/>
<rect x="30" y="25" width="7" height="50" fill="#ffd27a"/>
<g fill="#1d4e89"><rect x="43" y="36" width="21" height="3.5"/><rect x="43" y="46" width="21" height="3.5"/><rect x="43" y="56" width="21" height="3.5"/><rect x="43" y="66" width="12" height="3.5"/></g>
</svg>
`

if (process.argv[1]?.endsWith('make-icons.ts')) {
  const out = new URL('../../public/', import.meta.url)
  writeFileSync(new URL('icon-192.png', out), iconPng(192, false))
  writeFileSync(new URL('icon-512.png', out), iconPng(512, false))
  writeFileSync(new URL('icon-maskable-512.png', out), iconPng(512, true))
  writeFileSync(new URL('apple-touch-icon.png', out), iconPng(180, true))
  writeFileSync(new URL('icon.svg', out), SVG)
}
