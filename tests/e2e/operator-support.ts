// Shared steps of the operator end-to-end tests and the share benchmark: a holder's booklet and its
// shares made on the Node side with the real service code, against the app server's relay.
import type { Page } from 'playwright-core'
import { encode } from 'uqr'
import WebSocket from 'ws'
import type * as Y from 'yjs'
import type { ShareSelectionInput } from '../../src/domain/index.ts'
import { type CreatedShare, createShare } from '../../src/features/share/service.ts'
import { waitForApp } from './helpers/app.ts'

/** Creates a share of `booklet` on the relay at `origin` (links point at the same origin). */
export async function shareOnRelay(
  booklet: Y.Doc,
  origin: string,
  input: ShareSelectionInput,
): Promise<CreatedShare> {
  const created = await createShare(booklet, input, { relayOrigin: origin, WebSocketPolyfill: WebSocket })
  if (!created.ok) throw new Error(`createShare failed: ${created.code}`)
  return created.value
}

/** Replaces one character of `s` at `at` by another one of the base64url alphabet. */
export const flipChar = (s: string, at: number): string => {
  const c = s[at] === 'A' ? 'B' : 'A'
  return s.slice(0, at) + c + s.slice(at + 1)
}

/** The text of the app's main landmark. */
export const mainText = async (page: Page): Promise<string> => {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the operator reads
  const text = await page.locator('main').innerText()
  // French no-break spaces read as plain spaces: the tests check words, not typography.
  return text.replace(/[\u00a0\u202f]/g, ' ')
}

/** Opens a share link in the operator's page and waits for the received booklet's view. */
export async function openShareLinkInPage(page: Page, link: string): Promise<string> {
  await page.goto(link)
  await page.waitForURL(/\/recus\/[^/#]+$/, { timeout: 20_000 })
  await waitForApp(page)
  return new URL(page.url()).pathname.split('/')[2] ?? ''
}

/** The dark modules of a QR code of `text`, without quiet zone. */
export const qrMatrix = (text: string): boolean[][] => encode(text, { border: 0 }).data

/** A PNG picture of a QR code of `text` (8 px per module, white quiet zone), drawn in `page`. */
export async function qrPng(page: Page, text: string): Promise<Buffer> {
  const matrix = qrMatrix(text)
  const dataUrl = await page.evaluate((m: boolean[][]) => {
    const scale = 8
    const side = (m.length + 8) * scale
    const canvas = document.createElement('canvas')
    canvas.width = side
    canvas.height = side
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, side, side)
    ctx.fillStyle = '#000'
    m.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) ctx.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale)
      })
    })
    return canvas.toDataURL('image/png')
  }, matrix)
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
}
