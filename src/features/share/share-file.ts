// Offline intake: a share as a file plus a short key. The file is
//   "LVSF" (4 bytes) || header length (u32 BE) || header (UTF-8 JSON) || sealed entry
// with header { format: 'livret-share-file', version: 1, roomId } and the entry sealed as in
// docs/protocol.md §4 (AES-GCM-256 under the room key, additional data bound to roomId, kind
// snapshot, the projection's whole state). The key travels apart, as base64url text (43
// characters: fits a small QR code). Changing a byte of the entry or the room id in the header
// makes the entry fail authentication ('file-tampered').
import * as Y from 'yjs'
import { projectBooklet, readSchemaVersion, readShareMeta } from '../../booklet/index.ts'
import {
  createShareSelection,
  fail,
  ok,
  type Result,
  type ShareMeta,
  type ShareSelection,
  type ShareSelectionInput,
} from '../../domain/index.ts'
import {
  fromBase64Url,
  importRoomKey,
  isRoomId,
  openEntry,
  type RoomId,
  sealEntry,
  toBase64Url,
} from '../../protocol/index.ts'
import { createRoom } from '../../transport/index.ts'

/** Format name in the file header. */
export const SHARE_FILE_FORMAT = 'livret-share-file'
/** Version of the share file layout. */
export const SHARE_FILE_VERSION = 1
/** Suggested file extension. */
export const SHARE_FILE_EXTENSION = '.livret'
const MAGIC = new TextEncoder().encode('LVSF')
const MAX_HEADER = 4096

/** Why a share file cannot be opened. */
export type ShareFileCode =
  | 'file-garbage'
  | 'file-version'
  | 'file-bad-key'
  | 'file-tampered'
  | 'file-invalid'

/** An exported share: the file bytes and the key as text for a QR code. */
export interface ShareFile {
  bytes: Uint8Array
  key: string
  roomId: RoomId
}

/** Seals the projection's whole state into a share file. With no room given a fresh one is made
 * (an offline share needs no room on the relay: the id only binds the file). */
export async function exportShareFile(
  projection: Y.Doc,
  room: { roomId: RoomId; roomKey: Uint8Array } = createRoom(),
): Promise<ShareFile> {
  const key = await importRoomKey(room.roomKey)
  const entry = await sealEntry(key, room.roomId, 'snapshot', Y.encodeStateAsUpdate(projection))
  const header = new TextEncoder().encode(
    JSON.stringify({ format: SHARE_FILE_FORMAT, version: SHARE_FILE_VERSION, roomId: room.roomId }),
  )
  const bytes = new Uint8Array(MAGIC.length + 4 + header.length + entry.length)
  bytes.set(MAGIC)
  new DataView(bytes.buffer).setUint32(MAGIC.length, header.length)
  bytes.set(header, MAGIC.length + 4)
  bytes.set(entry, MAGIC.length + 4 + header.length)
  return { bytes, key: toBase64Url(room.roomKey), roomId: room.roomId }
}

/** With no network at intake: validates the selection, projects the booklet and seals it as a file
 * (a snapshot; nothing is sent anywhere). */
export async function exportOfflineShare(
  booklet: Y.Doc,
  input: ShareSelectionInput,
  now: Date = new Date(),
): Promise<Result<ShareFile & { selection: ShareSelection }, 'invalid'>> {
  const selected = createShareSelection({ ...input, mode: 'snapshot' }, now)
  if (!selected.ok) return selected
  const projection = projectBooklet(booklet, selected.value, now)
  try {
    const file = await exportShareFile(projection)
    return { ok: true, value: { ...file, selection: selected.value } }
  } finally {
    projection.destroy()
  }
}

const readHeader = (
  bytes: Uint8Array,
): Result<{ version: unknown; roomId: unknown; end: number }, 'file-garbage'> => {
  if (bytes.length < MAGIC.length + 4 || MAGIC.some((b, i) => bytes[i] !== b)) return fail('file-garbage')
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length)
  const end = MAGIC.length + 4 + length
  if (length > MAX_HEADER || end > bytes.length) return fail('file-garbage')
  try {
    const header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(MAGIC.length + 4, end)),
    )
    if (typeof header !== 'object' || header === null || header.format !== SHARE_FILE_FORMAT)
      return fail('file-garbage')
    return ok({ version: header.version, roomId: header.roomId, end })
  } catch {
    return fail('file-garbage')
  }
}

/** Opens a share file with its key; the doc is checked like a received link. */
export async function openShareFile(
  bytes: Uint8Array,
  keyText: string,
): Promise<Result<{ doc: Y.Doc; meta: ShareMeta; roomId: RoomId }, ShareFileCode>> {
  if (!(bytes instanceof Uint8Array)) return fail('file-garbage')
  const header = readHeader(bytes)
  if (!header.ok) return header
  if (header.value.version !== SHARE_FILE_VERSION) return fail('file-version')
  const roomId = header.value.roomId
  if (!isRoomId(roomId)) return fail('file-tampered')
  const raw = fromBase64Url(keyText.trim())
  if (raw?.length !== 32) return fail('file-bad-key')
  const opened = await openEntry(await importRoomKey(raw), roomId, bytes.slice(header.value.end))
  if (!opened.ok) return fail(opened.code === 'entry-tampered' ? 'file-tampered' : 'file-garbage')
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, opened.value.update)
  } catch {
    doc.destroy()
    return fail('file-invalid')
  }
  const meta = readShareMeta(doc)
  if (!meta || typeof readSchemaVersion(doc) !== 'number') {
    doc.destroy()
    return fail('file-invalid')
  }
  return ok({ doc, meta, roomId })
}
