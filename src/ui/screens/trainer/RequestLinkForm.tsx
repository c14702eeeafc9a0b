// A validation request link pasted by hand (InputField), opened on the validation screen: the
// trainer's requests list and the organisation's "validate directly" card share it.
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { InputField } from '../../crud/InputField.tsx'
import { navigate } from '../../router.ts'

/** Opens the request whose fragment ends `link` (text without '#': nothing happens). */
export function openRequestLink(link: string): void {
  const text = link.trim()
  const hash = text.indexOf('#')
  if (hash >= 0) navigate(`/valider#${text.slice(hash + 1)}`)
}

/** The form: `children` before the field (a card's heading), `id` the field's id. */
export function RequestLinkForm({
  id,
  withHint,
  class: className,
  labelledBy,
  children,
}: {
  id: string
  /** Says where the link comes from, under the label. */
  withHint?: boolean
  class?: string
  labelledBy?: string
  children?: ComponentChildren
}) {
  const [link, setLink] = useState('')
  return (
    <form
      class={className}
      aria-labelledby={labelledBy}
      onSubmit={(e) => {
        e.preventDefault()
        openRequestLink(link)
      }}
    >
      {children}
      <InputField
        id={id}
        label="trainer.pasteLink"
        {...(withHint ? { hint: 'trainer.pasteHint' as const } : {})}
        inputMode="url"
        autocomplete="off"
        value={link}
        onValue={setLink}
      />
      <button type="submit" class="btn">
        {t('trainer.openLink')}
      </button>
    </form>
  )
}
