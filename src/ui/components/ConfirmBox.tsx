// The question asked before a step that cannot be undone (remove a device, stop syncing this one):
// the question, the danger answer, then the safe answer, which takes the focus — the button that
// opened the question is gone, and a slip of Enter must not confirm.
import { useEffect, useRef } from 'preact/hooks'

/** A confirmation in place of the button that asked it; `id` names the question's paragraph. */
export function ConfirmBox(props: {
  id: string
  question: string
  yes: string
  no: string
  onYes: () => void
  onNo: () => void
}) {
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <div class="confirm">
      <p id={props.id}>{props.question}</p>
      <p class="row">
        <button type="button" class="btn btn-danger" onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" class="btn" ref={keep} onClick={props.onNo}>
          {props.no}
        </button>
      </p>
    </div>
  )
}
