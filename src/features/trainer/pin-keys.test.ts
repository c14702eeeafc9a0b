// Where the browser has no WebCrypto Ed25519 (forced off here, as on older Safari), a signing key is
// kept only wrapped under the person's PIN (issue #11 point 7): nothing of the secret in the IndexedDB
// record, the first signature of a session asks for the PIN, a wrong PIN is refused and leaves the key
// locked, the right one unlocks it for the session, and locking (page hidden) makes the next ask again.
import 'fake-indexeddb/auto'
import { afterAll, describe, expect, it, vi } from 'vitest'

// No Ed25519 in this "browser": WebCrypto refuses the algorithm, as a platform without it does.
const isEd = (alg: unknown) =>
  (typeof alg === 'string' ? alg : (alg as { name?: string } | null)?.name)?.toLowerCase() === 'ed25519'
const subtle = globalThis.crypto.subtle
const spies = (['generateKey', 'importKey', 'sign', 'verify'] as const).map((name) => {
  const original = subtle[name].bind(subtle) as (...a: unknown[]) => Promise<unknown>
  const argOf = name === 'importKey' ? 2 : 0
  return vi
    .spyOn(subtle, name)
    .mockImplementation(((...a: unknown[]) =>
      isEd(a[argOf])
        ? Promise.reject(new DOMException('Unrecognized name', 'NotSupportedError'))
        : original(...a)) as never)
})
afterAll(() => {
  for (const s of spies) s.mockRestore()
})

const { exportSecretKey, issueCredential, keyInfo, verifyCredential } = await import(
  '../../credential/index.ts'
)
const { getDb } = await import('../../storage/index.ts')
const { createTrainerIdentity } = await import('./identity.ts')
const { identityState, saveIdentity } = await import('./identity-store.ts')
const { keysNeedPin } = await import('./secure-keys.ts')
const { answerPin, attachPinPrompt, cancelPin, lockAll, pinPromptStore } = await import('./pin-session.ts')

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')
const until = async (check: () => boolean, timeout = 5_000) => {
  const end = Date.now() + timeout
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((r) => setImmediate(r))
  }
}
const signWith = (keys: Parameters<typeof issueCredential>[0]['keys']) =>
  issueCredential({
    trainer: { name: 'Marie Dupont', organisation: 'CISP' },
    keys,
    holderIdentifier: 'h',
    competence: { id: 'c1', label: 'Tenir une caisse', family: 'savoir-faire' },
    assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-11-20' },
  })

describe('signing key wrapped under a PIN (no WebCrypto Ed25519)', () => {
  it('stores nothing in clear, asks once per session, refuses a wrong PIN plainly', async () => {
    expect(await keysNeedPin()).toBe(true)
    const made = createTrainerIdentity('Marie Dupont', 'CISP')
    if (!made.ok) throw new Error(made.code)
    const clear = made.value.keys as { secretKey: Uint8Array; publicKey: Uint8Array }
    const secretHex = hex(clear.secretKey)
    const secretB64 = Buffer.from(clear.secretKey).toString('base64url')
    const multibase = exportSecretKey(clear)
    // Without a PIN long enough, nothing is saved.
    await expect(saveIdentity(made.value, '123')).rejects.toThrow()
    expect(await getDb().records.get(['trainer-identity', 'me'])).toBeUndefined()
    await saveIdentity({ ...made.value, keys: { ...clear, secretKey: clear.secretKey.slice() } }, '246810')

    // The IndexedDB record: the wrapped secret (PBKDF2 600,000 → AES-GCM), no CryptoKey, no clear bytes.
    const row = await getDb().records.get(['trainer-identity', 'me'])
    const stored = row?.value as { key: { pinWrapped?: { kdf: { iterations: number } }; sealed?: unknown } }
    expect(stored.key.pinWrapped?.kdf.iterations).toBe(600_000)
    expect(stored.key.sealed).toBeUndefined()
    const bytes = JSON.stringify(row)
    for (const needle of [secretHex, secretB64, multibase]) expect(bytes).not.toContain(needle)
    expect(Buffer.from(bytes).includes(Buffer.from(clear.secretKey))).toBe(false)

    const s = identityState()
    if (s.state !== 'ready') throw new Error(s.state)
    const keys = s.identity.keys
    // Just made: unlocked for this session, signs without asking.
    expect((await verifyCredential(await signWith(keys))).ok).toBe(true)

    // Locked (the page was hidden): with no screen to ask, the signature fails as locked.
    lockAll()
    await expect(signWith(keys)).rejects.toThrow('key-locked')

    // A screen that asks: the wrong PIN is refused and the key stays locked; the right one signs.
    const detach = attachPinPrompt()
    const signing = signWith(keys)
    await until(() => pinPromptStore.get() !== null)
    expect(await answerPin('135790')).toEqual({ ok: false, code: 'key-passphrase-wrong' })
    expect(pinPromptStore.get()).not.toBeNull()
    expect(await answerPin('246810')).toEqual({ ok: true, value: 'unlocked' })
    const verified = await verifyCredential(await signing)
    expect(verified.ok && verified.value.issuerDid).toBe(keyInfo(clear.publicKey).did)
    expect(pinPromptStore.get()).toBeNull()

    // Once per session: the next signature does not ask.
    const again = signWith(keys)
    expect((await verifyCredential(await again)).ok).toBe(true)
    expect(pinPromptStore.get()).toBeNull()

    // Locked again, then the prompt closed: the signature fails, nothing signed.
    lockAll()
    const refused = signWith(keys)
    await until(() => pinPromptStore.get() !== null)
    cancelPin()
    await expect(refused).rejects.toThrow('key-locked')
    detach()
  }, 30_000)

  it('the background status round leaves a list pending, without asking again, while the key is locked', async () => {
    const { allocateStatusEntry, memoryRecords, ownStatusList, setStatusSigner, statusRound } = await import(
      '../status/index.ts'
    )
    const s = identityState()
    if (s.state !== 'ready') throw new Error(s.state)
    const did = keyInfo(s.identity.keys.publicKey).did
    const fetched: string[] = []
    const deps = {
      records: memoryRecords(),
      now: () => new Date('2026-11-20T10:00:00Z'),
      fetch: (async (url: string) => {
        fetched.push(url)
        return new Response('{}', { status: 200 })
      }) as unknown as typeof fetch,
    }
    await allocateStatusEntry(did, 'https://r.example', deps)
    setStatusSigner((d) => (d === did ? s.identity.keys : undefined))
    lockAll()
    // No screen can ask: the round ends without a retry, the list waits, nothing was sent.
    expect(await statusRound(deps)).toBe(true)
    expect((await ownStatusList(did, deps))?.pending).toBe(true)
    expect(fetched).toEqual([])
    setStatusSigner(() => undefined)
  })
})
