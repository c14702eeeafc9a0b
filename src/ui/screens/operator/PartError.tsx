// The error line of one part of an operator screen (receive, open a link, trusted organisations):
// read at once by screen readers, with its pictogram.
import { Icon } from '../../components/Icon.tsx'

/** The error line of one part of the screen; nothing when there is no message. */
export function PartError({ message }: { message: string | undefined }) {
  return message ? (
    <p class="op-error" role="alert">
      <Icon name="error" /> {message}
    </p>
  ) : null
}
