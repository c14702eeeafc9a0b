// The trainer's side of validations: identity, requests opened, the outbox that delivers signed results. Signing itself (JSON-LD) is in ./signing, loaded only by the validation screen.

export * from './endorsements.ts'
export * from './identity.ts'
export * from './identity-store.ts'
export * from './issued-backup.ts'
export * from './organisation.ts'
export * from './outbox-delivery.ts'
export * from './outbox-runtime.ts'
export * from './pin-session.ts'
export * from './request-store.ts'
export * from './secure-keys.ts'
