// What the three storage contract files (contract.ts, contract-records.ts, contract-use.ts) share:
// the factory an implementation hands them, and one storage opened per test and closed after it.
import { afterEach } from 'vitest'
import { generateRoomKeys, type RoomId } from '../../src/protocol/ids.ts'
import type { RelayStorage } from './types.ts'

/** What a storage implementation gives the contract suite. */
export interface StorageFactory {
  /** A fresh, empty storage. */
  open(): Promise<RelayStorage>
  /** The same data opened again (the previous handle is closed first by the suite). */
  reopen(): Promise<RelayStorage>
  /** Removes what `open` created. */
  cleanup?(): Promise<void>
}

/** A storage per test: `start` opens a fresh one, `reopen` its data again; both are closed after the test. */
export interface StoragePerTest {
  start(): Promise<RelayStorage>
  /** Opens the started storage's data again (close the previous handle first). */
  reopen(): Promise<RelayStorage>
}

/** Registers, in the enclosing describe, the closing of each test's storage and the removal of its data. */
export function storagePerTest(makeFactory: () => StorageFactory): StoragePerTest {
  let factory: StorageFactory | undefined
  let storage: RelayStorage | undefined
  afterEach(async () => {
    await storage?.close()
    await factory?.cleanup?.()
    storage = undefined
    factory = undefined
  })
  return {
    async start() {
      factory = makeFactory()
      storage = await factory.open()
      return storage
    },
    async reopen() {
      if (!factory) throw new Error('reopen before start')
      storage = await factory.reopen()
      return storage
    },
  }
}

/** A fresh room id (any key pair is a room). */
export const room = (): RoomId => generateRoomKeys().roomId

/** The contract's "now", in Unix seconds. */
export const now = 1_800_000_000
