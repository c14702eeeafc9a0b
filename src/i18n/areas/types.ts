// The shape of one area's Dutch or English messages: exactly the keys of its French file.

/** Messages of one area in another language, with the same keys as its French source. */
export type AreaMessages<T> = { readonly [K in keyof T]: string }
