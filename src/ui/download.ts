// Saving a file made on the device (a CV file, a calendar file): a Blob URL clicked as a download,
// so nothing goes over the network.

/** Offers `content` as a file named `name` to the person (their browser's downloads). */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // Some browsers read the URL after click() returns: revoke it later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
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
