/** No-break space: keeps a number on the line of its word. */
const NBSP = '\u00a0';

/**
 * Binds every number in a report sentence to the word after it ("126 Mitgliedsunternehmen", "9,841 Mrd. €",
 * "35 %") and to the word before it where that word belongs to it ("ca. 603", "Jahr 2015"), so a line never
 * ends between a number and its unit or noun.
 */
export function bindeZahlen(text: string): string {
  return text
    .replace(/(\d) (?=\S)/g, `$1${NBSP}`)
    .replace(/(Mrd\.|Mio\.) €/g, `$1${NBSP}€`)
    .replace(/\b(ca\.|Jahr|Jahre|von|rund|mit|Seit|seit) (?=\d)/g, `$1${NBSP}`);
}

/** Applies `bindeZahlen` to every string of a template context (not to trusted HTML under `texte`). */
export function bindeZahlenTief<T>(wert: T): T {
  if (typeof wert === 'string') return bindeZahlen(wert) as T;
  if (Array.isArray(wert)) return wert.map((w) => bindeZahlenTief(w)) as T;
  if (wert !== null && typeof wert === 'object') {
    return Object.fromEntries(Object.entries(wert).map(([s, w]) => [s, bindeZahlenTief(w)])) as T;
  }
  return wert;
}
