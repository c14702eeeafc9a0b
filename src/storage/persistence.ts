// Persistent storage (so the browser does not evict the booklet under storage pressure), the
// storage estimate for the settings screen, and recognising quota errors from every engine.
import { getDb, getSetting, type LivretDb, putSetting, SETTING_KEYS } from './db.ts'

type PersistenceAnswer = { askedAt: string; granted: boolean }

/**
 * Asks the browser once for persistent storage (call it when the person first saves something)
 * and remembers in settings that it was asked; later calls only report whether storage is
 * persisted. False where the browser has no StorageManager.
 */
export async function requestPersistence(db: LivretDb = getDb()): Promise<boolean> {
  const storage = globalThis.navigator?.storage
  if (!storage?.persist) return false
  const asked = await getSetting<PersistenceAnswer>(SETTING_KEYS.persistenceAsked, db)
  if (asked) return storage.persisted ? storage.persisted() : asked.granted
  let granted = false
  try {
    granted = await storage.persist()
  } catch {
    granted = false
  }
  await putSetting(SETTING_KEYS.persistenceAsked, { askedAt: new Date().toISOString(), granted }, db)
  return granted
}

/** Bytes used by this site and bytes it may use, or undefined where the browser cannot tell. */
export async function storageEstimate(): Promise<{ usedBytes: number; quotaBytes: number } | undefined> {
  const storage = globalThis.navigator?.storage
  if (!storage?.estimate) return undefined
  try {
    const e = await storage.estimate()
    if (typeof e.usage !== 'number' || typeof e.quota !== 'number') return undefined
    return { usedBytes: e.usage, quotaBytes: e.quota }
  } catch {
    return undefined
  }
}

const QUOTA_NAMES = new Set([
  'QuotaExceededError',
  'NS_ERROR_DOM_QUOTA_REACHED',
  'NS_ERROR_FILE_NO_DEVICE_SPACE',
])
const QUOTA_TEXT = /QuotaExceeded|QUOTA_REACHED|quota (has been )?exceeded|NO_DEVICE_SPACE|disk is full/i

/**
 * True when an error means "the device or the site's quota is full": a DOMException named
 * QuotaExceededError (code 22, Firefox 1014), Dexie's QuotaExceededError (and its `inner`),
 * lib0's `new Error(domException)` wrapping (name lost, only the message left), `cause` chains.
 */
export function isQuotaError(e: unknown): boolean {
  for (let depth = 0; depth < 5 && e != null; depth++) {
    if (typeof e === 'object') {
      const o = e as { name?: unknown; code?: unknown; message?: unknown; inner?: unknown; cause?: unknown }
      if (typeof o.name === 'string' && QUOTA_NAMES.has(o.name)) return true
      if (o.name === 'DOMException' || e instanceof DOMExceptionCtor()) {
        if (o.code === 22 || o.code === 1014) return true
      }
      if (typeof o.message === 'string' && QUOTA_TEXT.test(o.message)) return true
      e = o.inner ?? o.cause
    } else {
      return typeof e === 'string' && QUOTA_TEXT.test(e)
    }
  }
  return false
}

// DOMException exists in browsers and Node ≥ 17; fall back to a class nothing is an instance of.
function DOMExceptionCtor(): new () => object {
  return typeof DOMException === 'function' ? DOMException : class {}
}
