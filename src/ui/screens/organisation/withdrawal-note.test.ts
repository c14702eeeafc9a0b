// The line a withdrawal leaves: published, waiting for the network, refused in the caller's words,
// or the PIN prompt closed (the action threw).
import { describe, expect, it } from 'vitest'
import { fail, ok, type Result } from '../../../domain/index.ts'
import { fr } from '../../../i18n/index.ts'
import { withdrawalNote } from './withdrawal-note.ts'

type Code = 'publish-offline' | 'publish-refused' | 'status-list-missing' | 'not-withdrawable'
const FAILED = { 'status-list-missing': 'history.lostMissing' } as const
const note = (withdraw: () => Promise<Result<'published' | 'pending', Code>>) =>
  withdrawalNote(withdraw, 'Retiré.', FAILED, 'history.notWithdrawable')

describe('withdrawalNote', () => {
  it('says what was withdrawn and that it is published', async () => {
    expect(await note(async () => ok('published'))).toEqual({
      error: false,
      text: `Retiré. ${fr['publish.done']}`,
    })
  })

  it('says it will be published later when its list waits for the network', async () => {
    const pending = { error: false, text: `Retiré. ${fr['publish.pending']}` }
    expect(await note(async () => ok('pending'))).toEqual(pending)
    expect(await note(async () => fail('publish-offline'))).toEqual(pending)
  })

  it('says a refusal in the words given for its code, else the fallback', async () => {
    expect(await note(async () => fail('status-list-missing'))).toEqual({
      error: true,
      text: fr['history.lostMissing'],
    })
    expect(await note(async () => fail('publish-refused'))).toEqual({
      error: true,
      text: fr['history.notWithdrawable'],
    })
  })

  it('says the key stayed locked when the action throws', async () => {
    expect(
      await note(async () => {
        throw new Error('key-locked')
      }),
    ).toEqual({ error: true, text: fr['pin.locked'] })
  })
})
