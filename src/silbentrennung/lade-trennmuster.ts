import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The de-1996 TeX patterns of the `hyphen` package as integer tables for `trenneWort`.
 *
 * The package's pattern module is one array literal, `[stufen, trie, ausnahmen]`: `stufen` lists the digit
 * arrays of the patterns; `trie` is nested objects keyed by single characters whose values are a node
 * (object), a pattern end (the index of its digit array) or both (`[node, index]`); `ausnahmen` (`{}`
 * in 1.14.1) would list exception words. Evaluating that literal builds ≈ 25,000 objects and takes
 * 60–100 ms; reading its text is cheaper. The edges of the trie land in one open-addressing hash table
 * keyed by (node, character), so looking up a word allocates nothing.
 */
export interface Trennmuster {
  /** Per UTF-16 code unit: its index in the patterns' alphabet (1…63), 0 if no pattern contains it. */
  zeichen: Uint8Array;
  /** Hash table of the edges: key `knoten * 64 + zeichen`, -1 for an empty slot. */
  schluessel: Int32Array;
  /** The node an edge leads to, -1 if the edge only ends a pattern. */
  kind: Int32Array;
  /** The pattern an edge ends (index into `anfang`/`laenge`), -1 if none. */
  muster: Int32Array;
  /** `schluessel.length - 1`. */
  maske: number;
  /** Right shift of the multiplicative hash to a slot. */
  verschiebung: number;
  /** The digits of all patterns, one after another; pattern i has `laenge[i]` digits from `anfang[i]`. */
  ziffern: Uint8Array;
  anfang: Int32Array;
  laenge: Int32Array;
  /** The longest digit array. */
  laengste: number;
}

/** The slot of `schluessel` in the edge table (multiplicative hashing). */
export function slot(schluessel: number, verschiebung: number): number {
  return Math.imul(schluessel, 0x9e3779b1) >>> verschiebung;
}

/** Reads `hyphen/patterns/de-1996.js` from the installed package (as text, without evaluating it). */
export function ladeTrennmuster(): Trennmuster {
  const datei = createRequire(import.meta.url).resolve('hyphen/patterns/de-1996.js');
  return leseTrennmuster(readFileSync(datei, 'utf8'));
}

/** Parses the text of a `hyphen` pattern module (recursive descent over its array literal). */
export function leseTrennmuster(text: string): Trennmuster {
  const start = text.lastIndexOf('})(this,');
  if (start < 0) throw unerwartet(0);
  let i = text.indexOf('[', start);
  // Every edge of the trie is one "key: value" pair: the table is at most half full.
  let paare = 0;
  for (let j = text.indexOf(':', i); j >= 0; j = text.indexOf(':', j + 1)) paare += 1;
  const bits = Math.max(4, 32 - Math.clz32(paare * 2));
  const schluessel = new Int32Array(1 << bits).fill(-1);
  const kind = new Int32Array(1 << bits);
  const muster = new Int32Array(1 << bits);
  const verschiebung = 32 - bits;
  const maske = (1 << bits) - 1;
  const zeichen = new Uint8Array(65536);
  let alphabet = 0;
  let knoten = 0;

  const leer = (): void => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9 || c === 44; c = text.charCodeAt(++i)); // whitespace, commas
  };
  const erwarte = (c: number): void => {
    leer();
    if (text.charCodeAt(i) !== c) throw unerwartet(i);
    i += 1;
  };
  const zahl = (): number => {
    leer();
    let wert = 0;
    const von = i;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) wert = wert * 10 + (c - 48);
    if (i === von) throw unerwartet(i);
    return wert;
  };
  // Enters an edge; a later one for the same key wins, as in an object literal.
  const kante = (von: number, z: number, nach: number, index: number): void => {
    if (index >= laenge.length) throw unerwartet(i);
    const k = von * 64 + z;
    let s = slot(k, verschiebung);
    while (schluessel[s] !== -1 && schluessel[s] !== k) s = (s + 1) & maske;
    schluessel[s] = k;
    kind[s] = nach;
    muster[s] = index;
  };
  // The trie node at `i` ("{"); returns its number.
  const leseKnoten = (): number => {
    erwarte(123);
    const nummer = knoten++;
    if (knoten >= 1 << 24) throw unerwartet(i);
    for (;;) {
      leer();
      let c = text.charCodeAt(i);
      if (c === 125) { // }
        i += 1;
        return nummer;
      }
      if (c === 34) { // a quoted key: "."
        c = text.charCodeAt(i + 1);
        if (text.charCodeAt(i + 2) !== 34 || c === 92) throw unerwartet(i);
        i += 3;
      } else {
        i += 1;
      }
      erwarte(58); // ":" right after one character: a longer key fails here
      let z = zeichen[c] as number;
      if (z === 0) {
        z = ++alphabet;
        if (z >= 64) throw unerwartet(i);
        zeichen[c] = z;
      }
      leer();
      const wert = text.charCodeAt(i);
      if (wert === 123) {
        kante(nummer, z, leseKnoten(), -1);
      } else if (wert === 91) { // [node, index]
        i += 1;
        const kindKnoten = leseKnoten();
        kante(nummer, z, kindKnoten, zahl());
        erwarte(93);
      } else {
        kante(nummer, z, -1, zahl());
      }
    }
  };

  // 1. the digit arrays: [[0, 0, 3], …]
  erwarte(91);
  erwarte(91);
  const ziffern: number[] = [];
  const anfang: number[] = [];
  const laenge: number[] = [];
  for (leer(); text.charCodeAt(i) !== 93; leer()) {
    erwarte(91);
    anfang.push(ziffern.length);
    for (leer(); text.charCodeAt(i) !== 93; leer()) {
      const ziffer = zahl();
      if (ziffer > 9) throw unerwartet(i);
      ziffern.push(ziffer);
    }
    i += 1;
    laenge.push(ziffern.length - (anfang[anfang.length - 1] ?? 0));
  }
  i += 1;
  // 2. the trie
  leseKnoten();
  // 3. exceptions: none in de-1996 ("{}"); any would need hyphen's semantics for them (its markersDict)
  erwarte(123);
  erwarte(125);
  erwarte(93);
  return {
    zeichen,
    schluessel,
    kind,
    muster,
    maske,
    verschiebung,
    ziffern: Uint8Array.from(ziffern),
    anfang: Int32Array.from(anfang),
    laenge: Int32Array.from(laenge),
    laengste: Math.max(0, ...laenge),
  };
}

function unerwartet(stelle: number): Error {
  return new Error(`Die Trennmuster des Pakets hyphen haben ein unerwartetes Format (Zeichen ${stelle} von hyphen/patterns/de-1996.js).`);
}
