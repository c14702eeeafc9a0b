// Short handover codes: leave a long link on the relay sealed, show a short QR code and a typed code.
export * from './handover.ts'
