import { describe, expect, it } from 'vitest'
import { QrSvg } from './QrCode.tsx'
import { drawQr, pathModules, QUIET_ZONE } from './qr-svg.ts'

// The 7 × 7 finder pattern every QR code has in three corners (QR standard, ISO/IEC 18004).
const FINDER = ['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######']
const corner = (m: boolean[][], x0: number, y0: number) =>
  Array.from({ length: 7 }, (_, y) =>
    Array.from({ length: 7 }, (_, x) => (m[y0 + y]?.[x0 + x] ? '#' : '.')).join(''),
  )

describe('QR drawing', () => {
  it('picks the version the standard gives for the length (medium correction)', async () => {
    // Alphanumeric "HELLO WORLD" fits version 1-M (21 modules); 100 bytes need version 6-M (41).
    const small = await drawQr('HELLO WORLD')
    expect([small.version, small.modules]).toEqual([1, 21])
    const long = await drawQr(`https://livret.example/p/${'a'.repeat(75)}`)
    expect([long.version, long.modules]).toEqual([6, 41])
  })

  it('draws exactly the modules of the code, with finder patterns in three corners', async () => {
    const { encode } = await import('uqr')
    const text = 'https://livret.example/partage#k=Zm9vYmFy'
    const qr = await drawQr(text)
    const drawn = pathModules(qr.path, qr.modules)
    expect(drawn).toEqual(encode(text, { ecc: 'M', border: 0 }).data)
    const n = qr.modules
    expect(corner(drawn, 0, 0)).toEqual(FINDER)
    expect(corner(drawn, n - 7, 0)).toEqual(FINDER)
    expect(corner(drawn, 0, n - 7)).toEqual(FINDER)
    // The bottom-right corner has no finder pattern: the drawing is not symmetric by accident.
    expect(corner(drawn, n - 7, n - 7)).not.toEqual(FINDER)
  })

  it('keeps a quiet zone of 4 modules on every side', async () => {
    const qr = await drawQr('pairing:1234-5678')
    expect(qr.side).toBe(qr.modules + 2 * QUIET_ZONE)
    const coords = [...qr.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number))
    expect(coords.length).toBeGreaterThan(0)
    for (const [x = 0, y = 0, w = 0] of coords) {
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE)
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE)
      expect(x + w).toBeLessThanOrEqual(qr.side - QUIET_ZONE)
      expect(y + 1).toBeLessThanOrEqual(qr.side - QUIET_ZONE)
    }
  })

  it('renders black on white as a named image', async () => {
    const qr = await drawQr('HELLO WORLD')
    const svg = QrSvg({ qr, name: 'Code QR du lien', size: 288 })
    const props = svg.props as Record<string, unknown> & { children: { props: Record<string, unknown> }[] }
    expect(props.role).toBe('img')
    expect(props['aria-label']).toBe('Code QR du lien')
    expect(props.viewBox).toBe(`0 0 ${qr.side} ${qr.side}`)
    const [background, modules] = props.children
    expect(background?.props).toMatchObject({ width: qr.side, height: qr.side, fill: '#fff' })
    expect(modules?.props).toMatchObject({ d: qr.path, fill: '#000' })
  })
})
