import { describe, expect, it } from 'vitest'
import { statusUrlsOf } from './use-status-lists.ts'

describe('statusUrlsOf', () => {
  it('finds the lists of a credential and of the endorsements it carries, ignoring anything else', () => {
    const credential = {
      credentialStatus: { statusListCredential: 'https://r/status/zT/a' },
      issuer: {
        endorsement: [
          { credentialStatus: { statusListCredential: 'https://r/status/zO/b' } },
          { credentialStatus: { statusListCredential: 42 } },
          null,
          'x',
        ],
      },
    }
    expect(statusUrlsOf(credential)).toEqual(['https://r/status/zT/a', 'https://r/status/zO/b'])
    expect(statusUrlsOf(null)).toEqual([])
    expect(statusUrlsOf({ issuer: { endorsement: 'no' } })).toEqual([])
    expect(statusUrlsOf({ credentialStatus: { statusListCredential: 'x'.repeat(3_000) } })).toEqual([])
  })
})
