// Reading QR codes in operator mode: the browser's own BarcodeDetector where it reads QR codes,
// otherwise ZXing-C++ compiled to WebAssembly (zxing-wasm). Its .wasm file is bundled and served by
// the app itself (Vite `?url`, precached by the service worker so scanning works offline); the
// library's default CDN location is overridden and never used. This module is imported only by the
// receive screen, so the decoder is fetched and compiled only in this mode, on first use.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'

/** Something a frame can be read from. */
export type QrSource = HTMLVideoElement | HTMLCanvasElement | ImageBitmap

/** A QR code reader. */
export interface QrReader {
  /** Which engine reads (for tests and diagnostics). */
  engine: 'native' | 'zxing'
  /** The text of the first QR code found in the frame, or undefined. */
  read(source: QrSource): Promise<string | undefined>
  /** The text of the first QR code in an image file, or undefined. */
  readFile(file: Blob): Promise<string | undefined>
}

type NativeDetector = { detect(source: unknown): Promise<{ rawValue: string }[]> }
type NativeDetectorClass = {
  new (options: { formats: string[] }): NativeDetector
  getSupportedFormats(): Promise<string[]>
}

const nativeReader = async (): Promise<QrReader | undefined> => {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector
  if (!Detector) return undefined
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return undefined
    const detector = new Detector({ formats: ['qr_code'] })
    const read = async (source: unknown) => (await detector.detect(source))[0]?.rawValue
    return {
      engine: 'native',
      read,
      readFile: async (file) => {
        const bitmap = await createImageBitmap(file)
        try {
          return await read(bitmap)
        } finally {
          bitmap.close()
        }
      },
    }
  } catch {
    return undefined
  }
}

const frameData = (source: QrSource, canvas: HTMLCanvasElement): ImageData | undefined => {
  const width = source instanceof HTMLVideoElement ? source.videoWidth : source.width
  const height = source instanceof HTMLVideoElement ? source.videoHeight : source.height
  if (!width || !height) return undefined
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) return undefined
  ctx.drawImage(source, 0, 0, width, height)
  return ctx.getImageData(0, 0, width, height)
}

const zxingReader = async (): Promise<QrReader> => {
  const zxing = await import('zxing-wasm/reader')
  await zxing.prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  })
  const options = { formats: ['QRCode' as const], tryHarder: true, maxNumberOfSymbols: 1 }
  const canvas = document.createElement('canvas')
  const first = (results: { text: string; isValid: boolean }[]) => results.find((r) => r.isValid)?.text
  return {
    engine: 'zxing',
    read: async (source) => {
      const data = frameData(source, canvas)
      return data ? first(await zxing.readBarcodes(data, options)) : undefined
    },
    readFile: async (file) => first(await zxing.readBarcodes(file, options)),
  }
}

let reader: Promise<QrReader> | undefined

/** The QR reader of this browser (created once). */
export function qrReader(): Promise<QrReader> {
  reader ??= nativeReader().then((native) => native ?? zxingReader())
  reader.catch(() => {
    reader = undefined
  })
  return reader
}
