// Expected outcomes of wire-format checks: a value, or a kebab-case code; bugs throw instead.

/** Result of an operation that can fail in an expected way. */
export type Result<T, C extends string> = { ok: true; value: T } | { ok: false; code: C }

/** Builds a successful result. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })

/** Builds a failed result. */
export const fail = <C extends string>(code: C): { ok: false; code: C } => ({ ok: false, code })
