import { describe, expect, it } from 'vitest'
import { evictionRisk, isSevenDayBrowser } from './eviction.ts'

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
const iphoneChrome =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0 Mobile/15E148 Safari/604.1'
const macSafari =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'
const android =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Mobile Safari/537.36'
const desktopChrome =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36'

describe('the 7-day eviction warning', () => {
  it('knows which browsers erase a site after 7 days without use', () => {
    expect(isSevenDayBrowser(iphone)).toBe(true)
    expect(isSevenDayBrowser(iphoneChrome)).toBe(true) // every iOS browser is WebKit
    expect(isSevenDayBrowser(macSafari)).toBe(true)
    expect(isSevenDayBrowser(android)).toBe(false)
    expect(isSevenDayBrowser(desktopChrome)).toBe(false)
  })

  it('warns only when the data is neither persisted nor installed', () => {
    expect(evictionRisk({ userAgent: iphone, installed: false, persisted: false })).toBe(true)
    expect(evictionRisk({ userAgent: iphone, installed: false, persisted: undefined })).toBe(true)
    expect(evictionRisk({ userAgent: iphone, installed: true, persisted: false })).toBe(false)
    expect(evictionRisk({ userAgent: iphone, installed: false, persisted: true })).toBe(false)
    expect(evictionRisk({ userAgent: android, installed: false, persisted: false })).toBe(false)
  })
})

describe('headless and embedded Chromium', () => {
  it('is not taken for Safari', () => {
    const headless =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36'
    expect(isSevenDayBrowser(headless)).toBe(false)
  })
})
