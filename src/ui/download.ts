// Saving a file the app made (backup, offline share, identity, validation): one way, so every
// download names the file, lets the browser save it, and frees the object URL afterwards.

/** What a download holds: bytes, text or a ready Blob, with its media type. */
export type DownloadContent = Uint8Array | string | Blob

// The browser may still read the URL after click() returns; a minute is ample to start the save.
const REVOKE_AFTER_MS = 60_000

/** Saves `content` as a file named `name` through a temporary link; returns the name. */
export function downloadFile(
  content: DownloadContent,
  name: string,
  type = 'application/octet-stream',
): string {
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  return name
}

/** A file-name-safe form of a person's words ('CV vente' → 'cv-vente'). */
export const fileSlug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'livret'
