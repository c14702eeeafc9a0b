// The wire contract shared by the client (src/transport) and the relay (sync-server).
export * from './base64url.ts'
export * from './close-codes.ts'
export * from './envelope.ts'
export * from './handover.ts'
export * from './ids.ts'
export * from './inbox.ts'
export * from './statement.ts'
export * from './token.ts'
