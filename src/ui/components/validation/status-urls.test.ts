// Which status lists a shown validation makes the device check: its own and its endorsements', on
// this app's relay only (a credential naming another host never makes the device call it).
import { describe, expect, it } from 'vitest'
import { statusUrlsOf } from './status-urls.ts'

const HERE = 'https://livret.example'
const entry = (url: unknown) => ({ type: 'BitstringStatusListEntry', statusListCredential: url })

describe('statusUrlsOf', () => {
  it('lists the credential’s own list and its endorsements’ lists, once each', () => {
    const credential = {
      credentialStatus: entry(`${HERE}/status/a`),
      issuer: {
        endorsement: [
          { credentialStatus: entry(`${HERE}/status/org`) },
          { credentialStatus: entry(`${HERE}/status/org`) },
          {},
        ],
      },
    }
    expect(statusUrlsOf(credential, HERE)).toEqual([`${HERE}/status/a`, `${HERE}/status/org`])
  })

  it('leaves out other hosts, malformed entries and anything that is not a credential', () => {
    const credential = {
      credentialStatus: entry('https://elsewhere.example/status/a'),
      issuer: { endorsement: [{ credentialStatus: entry(42) }, { credentialStatus: entry('not a url') }] },
    }
    expect(statusUrlsOf(credential, HERE)).toEqual([])
    expect(statusUrlsOf(null, HERE)).toEqual([])
    expect(statusUrlsOf('text', HERE)).toEqual([])
    expect(statusUrlsOf({ issuer: 'did:key:z6Mk' }, HERE)).toEqual([])
  })

  it('is bounded', () => {
    const credential = {
      issuer: {
        endorsement: Array.from({ length: 100 }, (_, i) => ({ credentialStatus: entry(`${HERE}/s/${i}`) })),
      },
    }
    expect(statusUrlsOf(credential, HERE).length).toBe(16)
  })
})
