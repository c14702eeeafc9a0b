// QR code drawing: the module matrix from `uqr` (loaded on demand, only share screens need it)
// turned into one SVG path, black modules on a white square with a quiet zone of 4 modules.

/** Width of the white margin around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4

/** What the QrCode component draws: the side of the viewBox, in modules, and the dark modules. */
export type QrDrawing = { version: number; modules: number; side: number; path: string }

/** One path for the dark modules: a rectangle per run of dark modules on a row, shifted by the quiet zone. */
export function modulesPath(matrix: readonly (readonly boolean[])[]): string {
  let d = ''
  matrix.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (row[x]) x++
      const w = x - start
      d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${w}v1h${-w}z`
    }
  })
  return d
}

/** The dark modules a path drawn by modulesPath covers, back as a matrix of `side` × `side`. */
export function pathModules(path: string, modules: number): boolean[][] {
  const grid = Array.from({ length: modules }, () => Array<boolean>(modules).fill(false))
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]) - QUIET_ZONE, Number(m[2]) - QUIET_ZONE, Number(m[3])]
    const row = grid[y]
    if (!row) throw new Error(`row ${y} outside the code`)
    for (let i = x; i < x + w; i++) row[i] = true
  }
  return grid
}

/** Encodes `text` (medium error correction, no border of uqr's own) and prepares the drawing. */
export async function drawQr(text: string): Promise<QrDrawing> {
  const { encode } = await import('uqr')
  const qr = encode(text, { ecc: 'M', border: 0 })
  return {
    version: qr.version,
    modules: qr.size,
    side: qr.size + 2 * QUIET_ZONE,
    path: modulesPath(qr.data),
  }
}
