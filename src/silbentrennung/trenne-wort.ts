import { ladeTrennmuster, slot, type Trennmuster } from './lade-trennmuster.js';

/** The soft hyphen. */
const TRENNER = '\u00ad';

/** The patterns, read on the first word that is long enough. */
let muster: Trennmuster | undefined;
/** Per word, reused: the alphabet indices of "." + lower-cased word + ".", and the digits between them. */
let zeichen = new Uint8Array(64);
let stufen = new Uint8Array(64);

/**
 * `wort` with soft hyphens at the odd digits of the de-1996 patterns (Liang's algorithm): exactly what
 * `hyphenateSync(wort, { minWordLength: mindestlaenge })` of the `hyphen` package returns for a word it
 * reads as one (no whitespace, no ASCII punctuation or digits except the apostrophe, nothing of
 * U+2013–U+203C, so any run of letters), including its quirks: the word is lower-cased with
 * `toLocaleLowerCase`, but the breaks are placed by position in the original word; patterns that begin
 * at the leading "." are applied one position to the right; the two positions at either end of its digit
 * array carry no break, and that array grows when a pattern reaches past the word's end.
 * The patterns set no minimum beyond that (`trenneHtml` adds its own).
 */
export function trenneWort(wort: string, mindestlaenge: number): string {
  const n = wort.length;
  if (n === 0 || n < mindestlaenge) return wort;
  const m = (muster ??= ladeTrennmuster());
  const klein = wort.toLocaleLowerCase();
  const punkte = klein.length + 2;
  if (zeichen.length < punkte) zeichen = new Uint8Array(punkte * 2);
  const platz = Math.max(punkte, n + 1) + m.laengste + 2;
  if (stufen.length < platz) stufen = new Uint8Array(platz * 2);
  const punkt = m.zeichen[46] ?? 0;
  zeichen[0] = punkt;
  for (let j = 0; j < klein.length; j++) zeichen[j + 1] = m.zeichen[klein.charCodeAt(j)] ?? 0;
  zeichen[punkte - 1] = punkt;
  stufen.fill(0, 0, platz);

  // hyphen's digit array has n + 1 places and grows with every place a pattern writes beyond it
  let laenge = n + 1;
  const { schluessel, kind, muster: endet, maske, verschiebung, ziffern, anfang, laenge: laengen } = m;
  for (let p = 0; punkte - p >= 3; p++) {
    const basis = p === 0 ? 0 : p - 1;
    let knoten = 0;
    for (let q = p; q < punkte; q++) {
      const z = zeichen[q] as number;
      if (z === 0) break;
      const k = knoten * 64 + z;
      let s = slot(k, verschiebung);
      let gefunden = schluessel[s] as number;
      while (gefunden !== k && gefunden !== -1) {
        s = (s + 1) & maske;
        gefunden = schluessel[s] as number;
      }
      if (gefunden === -1) break;
      const index = endet[s] as number;
      if (index >= 0) {
        const von = anfang[index] as number;
        const l = laengen[index] as number;
        for (let j = 0; j < l; j++) {
          const d = ziffern[von + j] as number;
          if (d > (stufen[basis + j] as number)) stufen[basis + j] = d;
        }
        if (basis + l > laenge) laenge = basis + l;
      }
      knoten = kind[s] as number;
      if (knoten < 0) break;
    }
  }
  stufen[0] = stufen[1] = stufen[laenge - 1] = stufen[laenge - 2] = 0;

  // Places beyond the word's n + 1 are NaN in hyphen's array: never a break.
  const bis = Math.min(n, laenge - 1);
  let aus = '';
  let von = 0;
  for (let i = 1; i <= bis; i++) {
    if (((stufen[i] as number) & 1) === 1) {
      aus += wort.slice(von, i) + TRENNER;
      von = i;
    }
  }
  return von === 0 ? wort : aus + wort.slice(von);
}
