// The passphrase-protected backup file of a signing identity (trainer or organisation): one JSON
// envelope `{ format, version: 1, backup }` around the sealed text, written and opened the same way
// for both; each caller checks what is inside with its own schema.
import * as v from 'valibot'
import { fail, jsonValue, ok, type Result } from '../../domain/index.ts'
import { EncryptedBackupSchema, KDF_ITERATIONS, openBackup, sealBackup } from '../../storage/index.ts'

/** Why a backup file did not open ('backup-other-kind': the other identity's file, trainer ↔ organisation). */
export type KeyBackupCode =
  | 'invalid-file'
  | 'backup-other-kind'
  | 'backup-passphrase-wrong'
  | 'backup-tampered'

// The signing identities' file formats: one given where the other is expected is said plainly.
const IDENTITY_FORMATS = new Set(['livret-trainer-identity', 'livret-organisation-identity'])

/** The backup file text (with a final newline) holding `plain`, sealed under `passphrase`. */
export async function sealKeyBackup(
  format: string,
  plain: unknown,
  passphrase: string,
  iterations: number = KDF_ITERATIONS,
): Promise<string> {
  const backup = await sealBackup(JSON.stringify(plain), passphrase, iterations)
  return `${JSON.stringify({ format, version: 1, backup })}\n`
}

/** The JSON value sealed in a backup file of `format` (not yet checked: the caller's schema does). */
export async function openKeyBackup(
  format: string,
  text: string,
  passphrase: string,
): Promise<Result<unknown, KeyBackupCode>> {
  const FileSchema = v.strictObject({
    format: v.literal(format),
    version: v.literal(1),
    backup: EncryptedBackupSchema,
  })
  const json = jsonValue(text)
  const file = v.safeParse(FileSchema, json)
  if (!file.success) {
    const other = (json as { format?: unknown } | null)?.format
    return fail(
      typeof other === 'string' && IDENTITY_FORMATS.has(other) ? 'backup-other-kind' : 'invalid-file',
    )
  }
  const opened = await openBackup(file.output.backup, passphrase)
  if (!opened.ok) return opened
  try {
    return ok(JSON.parse(opened.value) as unknown)
  } catch {
    return fail('backup-tampered')
  }
}
