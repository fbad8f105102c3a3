/**
 * Renumbers the DOM node ids Chromium writes into a tagged PDF's structure tree (`/ID (node00002229)`,
 * and the same strings in the /IDTree) as 1, 2, 3, … in the order of their numbers. Chromium counts node
 * ids per renderer process, so the same document printed after another one (a first print pass, an
 * earlier report of a batch) would otherwise carry other numbers. The width stays the same, so every
 * byte offset stays valid, and the order stays, so the /IDTree stays sorted.
 */
const KNOTEN = /\(node(\d{8})\)/g;

/** `pdf` with its structure-element ids numbered from 1 in their original order. */
export function nummeriereKnoten(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const nummern = [...new Set(Array.from(text.matchAll(KNOTEN), (m) => Number(m[1])))].sort((a, b) => a - b);
  if (nummern.every((n, i) => n === i + 1)) return pdf;
  const neu = new Map(nummern.map((n, i) => [n, String(i + 1).padStart(8, '0')]));
  return Buffer.from(text.replace(KNOTEN, (_, n: string) => `(node${neu.get(Number(n)) ?? n})`), 'latin1');
}
