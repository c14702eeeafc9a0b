// Scanning with the camera in real Chromium: the browser's camera is a fake device playing a video
// of the holder's QR code (a Y4M file made here from the code's modules). The operator turns the
// camera on at /recevoir; the code is read by the bundled decoder, the share opens and shows.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectionFixture } from '../../src/booklet/projection-fixture.ts'
import { type AppServer, startAppServer } from '../support/app-server.ts'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser.ts'
import { chooseMode, explain, mainHeading, openApp, waitForApp } from './helpers/app.ts'
import { mainText, qrMatrix, shareOnRelay } from './operator-support.ts'

const WIDTH = 640
const HEIGHT = 480

/** A short gray Y4M video (4:2:0) of a QR code centred on white, as a fake camera plays it. */
function qrVideo(matrix: boolean[][]): Buffer {
  const side = matrix.length + 8
  const scale = Math.floor((HEIGHT - 40) / side)
  const left = Math.floor((WIDTH - side * scale) / 2)
  const top = Math.floor((HEIGHT - side * scale) / 2)
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235)
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return
      for (let dy = 0; dy < scale; dy++) {
        const offset = (top + (y + 4) * scale + dy) * WIDTH + left + (x + 4) * scale
        luma.fill(16, offset, offset + scale)
      }
    })
  })
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`)
  return Buffer.concat([header, frame, frame, frame])
}

let server: AppServer
let browser: Browser | undefined
let dir: string
let page: Page
const fixture = projectionFixture()

beforeAll(async () => {
  server = await startAppServer()
  dir = await mkdtemp(join(tmpdir(), 'livret-e2e-camera-'))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('operator: scanning the QR code with the camera', () => {
  test('the camera reads the holder’s QR code and the shared booklet opens', async () => {
    const share = await shareOnRelay(fixture.doc, server.origin, {
      recipient: 'CPAS de Namur — accueil',
      sections: { competences: { ids: [fixture.ids.cPicked] } },
    })
    const video = join(dir, 'qr.y4m')
    await writeFile(video, qrVideo(qrMatrix(share.link)))
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        ...CHROMIUM_FLAGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    })
    const context = await browser.newContext()
    await context.grantPermissions(['camera'], { origin: server.origin })
    page = await context.newPage()
    await openApp(page, server.origin)
    await chooseMode(page, 'operator')
    await page.goto(`${server.origin}/recevoir`)
    await waitForApp(page)
    await page.getByRole('button', { name: 'Ouvrir la caméra' }).click()
    await explain(page, () => page.waitForURL(/\/recus\/[^/]+$/, { timeout: 30_000 }))
    await waitForApp(page)
    expect(await mainHeading(page)).toBe('Amina')
    await expect.poll(() => mainText(page)).toContain('PICKED-COMP à l’heure')
    expect(await mainText(page)).toContain('CPAS de Namur — accueil')
  })
})
