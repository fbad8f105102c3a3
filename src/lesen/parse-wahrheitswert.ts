/** Boolean cells: ja/nein, j/n, true/false, 1/0, x/empty. */

const WAHR = new Set(['ja', 'j', 'true', '1', 'x']);
const FALSCH = new Set(['nein', 'n', 'false', '0', '']);

/** Returns the boolean, or undefined when the text is no valid boolean. */
export function parseWahrheitswert(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (WAHR.has(s)) return true;
  if (FALSCH.has(s)) return false;
  return undefined;
}
