/** Normalises a heading text to the key used in the page map: no soft hyphens, single spaces, trimmed. */
export function normalisiereUeberschrift(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}
