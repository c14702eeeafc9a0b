// Plan proposals: proposal links, device records, the holder's inboxes and the operator's outbox.
export * from './holder-inboxes.ts'
export * from './links.ts'
export * from './operator-outbox.ts'
export * from './records.ts'
