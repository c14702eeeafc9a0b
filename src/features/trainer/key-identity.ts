// What the two kinds of key identity on a device (a trainer's, identity.ts; an organisation's,
// organisation.ts) share: names plus an Ed25519 key made there. Each kind gives its name fields and
// `pick` (the names to keep, in the order they are written); from those, one backup file format
// (passphrase-protected, key-backup-file.ts) and one device record read once into a store. Stored
// formats are each kind's own: its record kind and backup format name, its name fields first, then
// the key part in the same order for both.
import * as v from 'valibot'
import type { AnyKey } from '../../credential/device-seal.ts'
import { exportSecretKey, importSecretKey } from '../../credential/trainer-keys.ts'
import { fail, ok, type Result, TimestampSchema } from '../../domain/index.ts'
import { createStore, type Store } from '../../lib/index.ts'
import { defineRecord, KDF_ITERATIONS } from '../../storage/index.ts'
import { type IssuedBackup, IssuedBackupSchema } from './issued-backup.ts'
import { type KeyBackupCode, openKeyBackup, sealKeyBackup } from './key-backup-file.ts'
import { ProtectedKeySchema, secretForBackup, toDeviceKey, unlockKeys } from './secure-keys.ts'

/** The names of one kind of identity, as its name fields read them. */
export type Names<E extends v.ObjectEntries> = v.InferOutput<v.ObjectSchema<E, undefined>>
/** An identity of one kind: its names, its key (protected on the device) and when it was made. */
export type KeyIdentity<E extends v.ObjectEntries> = Names<E> & { keys: AnyKey; createdAt: string }

/** One kind of key identity: its name fields and which names to keep (dropping empty optional ones). */
export type KeyIdentityKind<E extends v.ObjectEntries> = { names: E; pick: (o: Names<E>) => Names<E> }

const secretKeyMultibase = v.pipe(v.string(), v.maxLength(100))

/** Export and import of an identity's backup file (`format` names the file so kinds are never mixed);
 * since version 2 the file also carries what the key issued (status list, endorsements, results). */
export const keyBackup = <E extends v.ObjectEntries>(format: string, { names, pick }: KeyIdentityKind<E>) => {
  const PlainSchema = v.strictObject({
    ...(names as v.ObjectEntries),
    secretKeyMultibase,
    createdAt: TimestampSchema,
    version: v.optional(v.literal(2)),
    issued: v.optional(IssuedBackupSchema),
  })
  type Plain = Names<E> & { secretKeyMultibase: string; createdAt: string; issued?: IssuedBackup }
  return {
    /** The identity as a passphrase-protected backup file (JSON text), with what its key issued. */
    export: async (
      self: KeyIdentity<E>,
      passphrase: string,
      iterations: number = KDF_ITERATIONS,
      issued?: IssuedBackup,
    ): Promise<string> =>
      sealKeyBackup(
        format,
        {
          ...pick(self),
          secretKeyMultibase: exportSecretKey(await secretForBackup(self.keys)),
          createdAt: self.createdAt,
          ...(issued ? { version: 2, issued } : {}),
        },
        passphrase,
        iterations,
      ),
    /** Restores an identity from its backup file, with what its key issued. */
    import: async (
      text: string,
      passphrase: string,
    ): Promise<Result<KeyIdentity<E> & { issued?: IssuedBackup }, KeyBackupCode>> => {
      const inner = await openKeyBackup(format, text, passphrase)
      if (!inner.ok) return inner
      const parsed = v.safeParse(PlainSchema, inner.value)
      if (!parsed.success) return fail('backup-tampered')
      const plain = parsed.output as Plain
      const keys = importSecretKey(plain.secretKeyMultibase)
      if (!keys) return fail('backup-tampered')
      const { createdAt, issued } = plain
      return ok({ ...pick(plain), keys, createdAt, ...(issued ? { issued } : {}) })
    },
  }
}

/** What the screens know of an identity kept on this device: `TReady` names it by its kind. */
export type KeyIdentityState<TReady extends { state: 'ready' }> =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'damaged' }
  | TReady

const ID = 'me'

/** The device record (kind `kind`, id 'me') of one kind of identity and its store. Version 2 keeps the
 * key protected (secure-keys.ts); a version-1 record (clear key) is protected and rewritten on first
 * open. `ready` makes the store's ready state from an identity. */
export const keyIdentityStore = <E extends v.ObjectEntries, TReady extends { state: 'ready' }>(
  kind: string,
  { names, pick }: KeyIdentityKind<E>,
  ready: (self: KeyIdentity<E>) => TReady,
) => {
  const StoredSchema = v.object({
    ...(names as v.ObjectEntries),
    createdAt: TimestampSchema,
    /** The protected key (version 2). */
    key: v.optional(ProtectedKeySchema),
    /** The clear key of a version-1 record, until it is protected on first open. */
    secretKeyMultibase: v.optional(secretKeyMultibase),
  })
  type Stored = Names<E> & { createdAt: string; key?: v.InferOutput<typeof ProtectedKeySchema> }
  // Version 1 had only the clear key: the same fields, read by the version-2 schema, protected on load.
  const records = defineRecord({
    kind,
    version: 2,
    schema: StoredSchema,
    migrations: { 1: (value) => value },
  })
  const store = createStore<KeyIdentityState<TReady>>({ state: 'loading' })
  let loading: Promise<void> | undefined

  const save = async (self: KeyIdentity<E>, pin?: string): Promise<void> => {
    const { key, stored } = await toDeviceKey(self.keys, pin)
    const value: Stored = { ...pick(self), createdAt: self.createdAt, key: stored }
    await records.put(ID, value)
    loading = Promise.resolve()
    store.set(ready({ ...pick(self), createdAt: self.createdAt, keys: key }))
  }
  return {
    /** Reads the identity from the device once (later calls reuse the first read). */
    load: (): Promise<void> => {
      loading ??= (async () => {
        try {
          const r = await records.get(ID)
          if (!r) return store.set({ state: 'none' })
          if (!r.ok) return store.set({ state: 'damaged' })
          const { createdAt, key, secretKeyMultibase: clearKey } = r.value
          const names = pick(r.value as Names<E>)
          if (key) {
            const keys = await unlockKeys(key)
            return store.set(keys ? ready({ ...names, createdAt, keys }) : { state: 'damaged' })
          }
          const clear = clearKey ? importSecretKey(clearKey) : null
          if (!clear) return store.set({ state: 'damaged' })
          await save({ ...names, createdAt, keys: clear })
        } catch {
          store.set({ state: 'damaged' })
        }
      })()
      return loading
    },
    /** Saves an identity on the device (replacing any previous one, its key protected: under `pin`
     * where the browser has no WebCrypto Ed25519) and shows it. */
    save,
    /** Forgets a damaged identity so that a new one can be made or restored. */
    forget: async (): Promise<void> => {
      await records.delete(ID)
      loading = Promise.resolve()
      store.set({ state: 'none' })
    },
    /** The identity state, observable. */
    store: store as Pick<Store<KeyIdentityState<TReady>>, 'get' | 'subscribe'>,
  }
}
