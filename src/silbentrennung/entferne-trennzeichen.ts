/** Removes soft hyphens (U+00AD) and the hyphen U+2010 that pdftotext prints at line ends, for matching text in tests. */
export function entferneTrennzeichen(text: string): string {
  return text.replace(/\u2010\r?\n/g, '').replace(/[\u00ad\u2010]/g, '');
}
