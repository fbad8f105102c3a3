/**
 * Wraps a category label into lines of at most `maxZeichen` characters: at spaces, after '/'
 * and after '-' (a hyphen stays at the line end); a single overlong word is split with a hyphen.
 * More than `maxZeilen` lines are cut, the last line ending in '…' (a 10,000-character name
 * must not make a chart pages tall).
 */
export function umbrechen(text: string, maxZeichen: number, maxZeilen = Number.POSITIVE_INFINITY): string[] {
  if (maxZeichen < 2) throw new Error(`Zeilenlänge zu klein: ${maxZeichen}`);
  // Pieces that may end a line: words split further after an inner '/' or '-' ("a/b" → "a/", "b").
  const stuecke: { text: string; leerVorher: boolean }[] = [];
  for (const wort of text.trim().split(/\s+/).filter((w) => w !== '')) {
    wort.split(/(?<=[^/-][/-])(?=[^/-])/).forEach((teil, i) => stuecke.push({ text: teil, leerVorher: i === 0 }));
  }
  const zeilen: string[] = [];
  let zeile = '';
  for (const { text: original, leerVorher } of stuecke) {
    let stueck = original;
    // An overlong piece is split hard, with a hyphen at each break.
    while (stueck.length > maxZeichen) {
      if (zeile !== '') zeilen.push(zeile);
      zeile = '';
      zeilen.push(`${stueck.slice(0, maxZeichen - 1)}-`);
      stueck = stueck.slice(maxZeichen - 1);
    }
    const verbunden = zeile === '' ? stueck : zeile + (leerVorher ? ' ' : '') + stueck;
    if (zeile !== '' && verbunden.length > maxZeichen) {
      zeilen.push(zeile);
      zeile = stueck;
    } else zeile = verbunden;
  }
  if (zeile !== '') zeilen.push(zeile);
  if (zeilen.length <= maxZeilen) return zeilen;
  const gekuerzt = zeilen.slice(0, Math.max(1, maxZeilen));
  const letzte = (gekuerzt.pop() ?? '').replace(/-$/, '');
  gekuerzt.push(`${letzte.slice(0, maxZeichen - 1)}…`);
  return gekuerzt;
}
