// Domain separation for the room key's signatures: a token and a statement are signed by the same
// Ed25519 key, so each signs `context ‖ payload` with its own context string, and a signature made
// for one can never be replayed as the other.

const encoder = new TextEncoder()

/** A signer for one context: prefixes a payload with the context's bytes before signing or verifying. */
export function contextMessage(context: string): (payload: Uint8Array) => Uint8Array {
  const prefix = encoder.encode(context)
  return (payload) => {
    const msg = new Uint8Array(prefix.length + payload.length)
    msg.set(prefix)
    msg.set(payload, prefix.length)
    return msg
  }
}
