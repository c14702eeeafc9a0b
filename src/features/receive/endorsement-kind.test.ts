// The 'endorsement' link kind: what a short link or typed code unlocks, when it is an endorsement,
// opens on the trainer's home with the text in the fragment; other texts are not claimed.
import { describe, expect, it } from 'vitest'
import { registerEndorsementLink } from './endorsement-kind.ts'
import { parseLivretLink } from './link-kind.ts'

describe('endorsement link kind', () => {
  it('is unknown before registration, then routes to /formateur with the text', () => {
    const text = 'livret-endorsement:1:eyJhIjoxfQ'
    expect(parseLivretLink(text)).toEqual({ ok: false, code: 'link-unknown' })
    registerEndorsementLink()
    registerEndorsementLink()
    expect(parseLivretLink(text)).toEqual({
      ok: true,
      value: {
        kind: 'registered',
        name: 'endorsement',
        link: text,
        route: `/formateur#${encodeURIComponent(text)}`,
      },
    })
    expect(parseLivretLink('livret-card:1:eyJhIjoxfQ')).toEqual({ ok: false, code: 'link-unknown' })
  })
})
