// Copying a link the person hands over (a share, a validation request): one way, so every Copy
// button falls back the same way when the browser refuses the clipboard.

/** Copies `text`; without clipboard permission (or on an old browser) selects `field` and uses the
 * old copy command. True when the text was copied. */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    if (!field) return false
    field.select()
    try {
      return document.execCommand('copy')
    } catch {
      return false
    }
  }
}

/** True where the browser offers the phone's own share sheet (Web Share API). */
export const canShare = (): boolean => typeof navigator.share === 'function'

/** Opens the phone's share sheet for `url`; a person who closes it is not an error. */
export const shareUrl = (title: string, url: string): void => {
  navigator.share({ title, url }).catch(() => undefined)
}
