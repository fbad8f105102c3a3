/** `liste` mapped lazily: each entry is built when it is read (and can be collected right after). */
export function* je<T, U>(liste: readonly T[], bau: (t: T) => U): Generator<U> {
  for (const t of liste) yield bau(t);
}
