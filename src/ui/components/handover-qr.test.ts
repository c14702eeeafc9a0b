// Short QR codes stay small whatever the kind of link they stand for (issue 12 §2): the short link
// has the same length for a share, a proposal, a validation request or a pairing link, so its size
// depends only on the origin. Version ≤ 5 (37 modules a side) up to a 46-character origin.
import { describe, expect, it } from 'vitest'
import { handoverLink, newHandoverSecret } from '../../protocol/index.ts'
import { drawQr } from './qr-svg.ts'

describe('short handover QR codes', () => {
  it('are version 5 or less (≤ 37 modules) for origins up to 46 characters', async () => {
    const origins = [
      'http://127.0.0.1:43210',
      'https://livret.example.org',
      'https://livret.cpas-de-namur.example.be',
      `https://${'a'.repeat(38)}`,
    ]
    for (const origin of origins) {
      expect(origin.length).toBeLessThanOrEqual(46)
      for (let i = 0; i < 5; i++) {
        const qr = await drawQr(handoverLink(origin, newHandoverSecret()))
        expect(qr.version, origin).toBeLessThanOrEqual(5)
        expect(qr.modules, origin).toBeLessThanOrEqual(37)
      }
    }
  })
})
