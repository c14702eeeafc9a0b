// A link handed over as text (pairing, proposing): read-only in a labelled box, with a Copy button
// and, where the browser has one, the system's share sheet. When the clipboard refuses, the text is
// selected so that the person can copy it by hand.
import { TextField } from '../crud/TextField.tsx'
import { showToast } from './Toast.tsx'

/** What a LinkField says: its label, its Copy button, the toasts after a copy, its Share button. */
export type LinkFieldWords = {
  label: string
  copy: string
  copied: string
  copyFailed?: string
  share?: { label: string; title: string }
}

/** The link `link` in field `id`, with Copy (and Share). */
export function LinkField({
  id,
  link,
  class: className,
  words,
}: {
  id: string
  link: string
  class: string
  words: LinkFieldWords
}) {
  const { share } = words
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      showToast(words.copied, undefined, 5000)
    } catch {
      const field = document.getElementById(id) as HTMLTextAreaElement | null
      field?.focus()
      field?.select()
      if (words.copyFailed) showToast(words.copyFailed, undefined, 5000)
    }
  }
  return (
    <>
      <TextField id={id} label={words.label} class={className} readOnly rows={4} value={link} />
      <div class="row">
        <button type="button" class="btn" onClick={() => void copy()}>
          {words.copy}
        </button>
        {share && typeof navigator.share === 'function' ? (
          <button
            type="button"
            class="btn"
            onClick={() => void navigator.share({ title: share.title, url: link }).catch(() => {})}
          >
            {share.label}
          </button>
        ) : null}
      </div>
    </>
  )
}
