// The line a withdrawal leaves under its list (an endorsement, a signed result, everything a key
// signed): what was withdrawn and whether its list is published yet, or why nothing was withdrawn.
import type { Result } from '../../../domain/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import type { FormNoteValue } from '../../crud/FormNote.tsx'

/** Runs `withdraw` and says how it went: `done` and "published" / "published when back online";
 * a refusal in the words `failed` gives its code (else `fallback`); a throw is the key kept under a
 * PIN that stayed locked (the prompt closed), so nothing was signed. */
export async function withdrawalNote<C extends string>(
  withdraw: () => Promise<Result<'published' | 'pending', C>>,
  done: string,
  failed: Partial<Record<C, MessageKey>>,
  fallback: MessageKey,
): Promise<FormNoteValue> {
  let r: Result<'published' | 'pending', C>
  try {
    r = await withdraw()
  } catch {
    return { error: true, text: t('pin.locked') }
  }
  if (r.ok)
    return {
      error: false,
      text: `${done} ${t(r.value === 'published' ? 'publish.done' : 'publish.pending')}`,
    }
  // Withdrawn here, its list waits for the network: not a failure.
  if (r.code === 'publish-offline') return { error: false, text: `${done} ${t('publish.pending')}` }
  return { error: true, text: t(failed[r.code] ?? fallback) }
}
