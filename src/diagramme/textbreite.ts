/**
 * Deterministic text widths for chart layout, from the advance widths of the report font
 * (Source Sans 3, read from the WOFF files of the pinned npm package `source-sans`), so Vega's layout neither
 * depends on a `canvas` package nor on the machine's fonts.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { schriftDatei } from '../schrift/schrift-css.js';

/** Advance widths in em per code point, plus the em fallback for unknown characters. */
export interface FontMetrik {
  breiten: Map<number, number>;
  ersatz: number;
}

/** Reads cmap and hmtx of a WOFF 1.0 or a plain TrueType/OpenType (sfnt) file and returns its advance widths in em. */
export function leseSchriftMetrik(datei: Buffer): FontMetrik {
  const tabellen = datei.toString('latin1', 0, 4) === 'wOFF' ? woffTabellen(datei) : sfntTabellen(datei);
  const head = pflicht(tabellen, 'head');
  const hhea = pflicht(tabellen, 'hhea');
  const hmtx = pflicht(tabellen, 'hmtx');
  const cmap = pflicht(tabellen, 'cmap');
  const unitsPerEm = head.readUInt16BE(18);
  const metrikAnzahl = hhea.readUInt16BE(34);
  const vorschub = (glyph: number): number =>
    hmtx.readUInt16BE(Math.min(glyph, metrikAnzahl - 1) * 4) / unitsPerEm;

  const breiten = new Map<number, number>();
  for (const [zeichen, glyph] of leseCmapFormat4(cmap)) breiten.set(zeichen, vorschub(glyph));
  const n = breiten.get(0x6e) ?? 0.5;
  return { breiten, ersatz: n * 1.1 };
}

/** The tables of a WOFF 1.0 file, inflated. */
function woffTabellen(woff: Buffer): Map<string, Buffer> {
  const anzahl = woff.readUInt16BE(12);
  const tabellen = new Map<string, Buffer>();
  for (let i = 0; i < anzahl; i++) {
    const e = 44 + i * 20;
    const tag = woff.toString('latin1', e, e + 4);
    const offset = woff.readUInt32BE(e + 4);
    const komprimiert = woff.readUInt32BE(e + 8);
    const original = woff.readUInt32BE(e + 12);
    const roh = woff.subarray(offset, offset + komprimiert);
    tabellen.set(tag, komprimiert < original ? inflateSync(roh) : roh);
  }
  return tabellen;
}

/** The tables of an sfnt file (TrueType 0x00010000 or 'OTTO'). */
function sfntTabellen(sfnt: Buffer): Map<string, Buffer> {
  const kennung = sfnt.readUInt32BE(0);
  if (kennung !== 0x00010000 && sfnt.toString('latin1', 0, 4) !== 'OTTO') throw new Error('Weder WOFF- noch TrueType/OpenType-Datei');
  const anzahl = sfnt.readUInt16BE(4);
  const tabellen = new Map<string, Buffer>();
  for (let i = 0; i < anzahl; i++) {
    const e = 12 + i * 16;
    const offset = sfnt.readUInt32BE(e + 8);
    tabellen.set(sfnt.toString('latin1', e, e + 4), sfnt.subarray(offset, offset + sfnt.readUInt32BE(e + 12)));
  }
  return tabellen;
}

function pflicht(tabellen: Map<string, Buffer>, tag: string): Buffer {
  const t = tabellen.get(tag);
  if (!t) throw new Error(`Schrifttabelle ${tag} fehlt`);
  return t;
}

/** Maps code points to glyph ids from the first Unicode BMP (format 4) cmap subtable. */
function leseCmapFormat4(cmap: Buffer): Map<number, number> {
  const ergebnis = new Map<number, number>();
  const anzahl = cmap.readUInt16BE(2);
  for (let i = 0; i < anzahl; i++) {
    const plattform = cmap.readUInt16BE(4 + i * 8);
    const kodierung = cmap.readUInt16BE(6 + i * 8);
    const start = cmap.readUInt32BE(8 + i * 8);
    const unicode = (plattform === 3 && kodierung === 1) || plattform === 0;
    if (!unicode || cmap.readUInt16BE(start) !== 4) continue;
    const segmente = cmap.readUInt16BE(start + 6) / 2;
    const enden = start + 14;
    const anfaenge = enden + segmente * 2 + 2;
    const deltas = anfaenge + segmente * 2;
    const bereiche = deltas + segmente * 2;
    for (let s = 0; s < segmente; s++) {
      const ende = cmap.readUInt16BE(enden + s * 2);
      const anfang = cmap.readUInt16BE(anfaenge + s * 2);
      const delta = cmap.readInt16BE(deltas + s * 2);
      const bereich = cmap.readUInt16BE(bereiche + s * 2);
      for (let c = anfang; c <= ende && c !== 0xffff; c++) {
        let glyph: number;
        if (bereich === 0) glyph = (c + delta) & 0xffff;
        else {
          const g = cmap.readUInt16BE(bereiche + s * 2 + bereich + (c - anfang) * 2);
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph !== 0) ergebnis.set(c, glyph);
      }
    }
    return ergebnis;
  }
  throw new Error('Schrift ohne Unicode-cmap (Format 4)');
}

const metriken = new Map<string, FontMetrik>();

/** The metrics of Source Sans 3 in weight 400 or 600, loaded once. */
export function sourceSansMetrik(gewicht: 400 | 600): FontMetrik {
  const schluessel = String(gewicht);
  let m = metriken.get(schluessel);
  if (!m) {
    m = leseSchriftMetrik(readFileSync(schriftDatei(gewicht === 600 ? 'SourceSans3-Semibold' : 'SourceSans3-Regular', 'woff')));
    metriken.set(schluessel, m);
  }
  return m;
}

/**
 * Safety margin over Source Sans 3: the standalone SVG falls back to the reader's sans-serif
 * (DejaVu Sans is about a quarter wider), so layout reserves more room than the report font needs.
 */
export const BREITEN_ZUSCHLAG = 1.28;

/** Width in px of one line of text at the given font size and weight. */
export function textbreite(text: string, schriftgroesse: number, fett: boolean): number {
  const m = sourceSansMetrik(fett ? 600 : 400);
  let em = 0;
  for (const zeichen of text) em += m.breiten.get(zeichen.codePointAt(0) ?? 0) ?? m.ersatz;
  return Math.ceil(em * schriftgroesse * BREITEN_ZUSCHLAG);
}
