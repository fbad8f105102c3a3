/**
 * Reads one CSV table: encoding and delimiter detection, RFC 4180 parsing with csv-parse (streamed,
 * so large files stay within memory), header matching, and the physical line of every record.
 *
 * csv-parse's own `info.lines` counts a CRLF inside a quoted cell twice, so lines are counted here:
 * a record starts on the line after the previous record's last line and spans one line plus the
 * line breaks inside its cells (empty lines come through as records of one empty cell).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Problem } from '../fehler.js';
import { M } from '../pruefen/meldungen.js';
import { dekodiereGanz, erkenneKodierungDatei, leseTextStuecke, type Zeichenkodierung } from './dekodiere-text.js';
import { erkenneTrennzeichen, type Trennzeichen } from './erkenne-trennzeichen.js';
import { ordneKopfzeileZu, type Spaltenbezeichnung } from './ordne-kopfzeile-zu.js';
import type { RohZeile } from './roh-zeile.js';

export interface CsvOptionen {
  encoding?: Zeichenkodierung;
  trennzeichen?: Trennzeichen;
  /** Largest record in characters (default 1 MiB). */
  maxZellenZeichen?: number;
}

export interface CsvKopf {
  /** Canonical columns present in the header. */
  vorhanden: Set<string>;
  trennzeichen: Trennzeichen;
  kodierung: Zeichenkodierung;
}

export const MAX_ZELLEN_ZEICHEN = 1 << 20;

/** Streams the CSV file at `pfad`, calling `proKopf` once and `proZeile` per non-empty record; returns the header facts, undefined when the file has no header or could not be read to its end. */
export async function leseCsvTabelle(
  datei: string,
  pfad: string,
  spalten: readonly Spaltenbezeichnung[],
  optionen: CsvOptionen,
  probleme: Problem[],
  proKopf: (kopf: CsvKopf, zeile: number) => void,
  proZeile: (zeile: RohZeile) => void,
): Promise<CsvKopf | undefined> {
  const kodierung = optionen.encoding ?? (await erkenneKodierungDatei(pfad));
  const anfang = await leseAnfang(pfad, kodierung);
  // A UTF-16 byte order mark (Excel's "Unicode text") read as Windows-1252: every other byte is NUL.
  if (anfang.startsWith('\u00ff\u00fe') || anfang.startsWith('\u00fe\u00ff')) {
    probleme.push({ schwere: 'fehler', datei, meldung: M.utf16 });
    return undefined;
  }
  const trennzeichen = optionen.trennzeichen ?? erkenneTrennzeichen(anfang.replace(/^\s*\n/, ''));
  const parser = parse({
    delimiter: trennzeichen,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: optionen.maxZellenZeichen ?? MAX_ZELLEN_ZEICHEN,
  });
  let abgebrochen = false;
  let naechsteZeile = 1;
  let zuordnung: (string | undefined)[] | undefined;
  let kopf: CsvKopf | undefined;
  let intern: unknown;
  /** Set when the header holds NUL bytes: the file is not text, later records are ignored. */
  let binaer = false;
  const zahlDialekt = trennzeichen === ';' ? ';' : '.';
  const proRecord = (rec: string[]): void => {
    if (binaer) return;
    const zeile = naechsteZeile;
    naechsteZeile += 1 + umbrueche(rec);
    if (istLeer(rec)) return;
    if (rec.some((c) => c.includes('\u0000'))) {
      binaer = zuordnung === undefined;
      probleme.push({ schwere: 'fehler', datei, zeile, meldung: binaer ? M.nulKopf : M.nulZeile });
      return;
    }
    if (zuordnung === undefined) {
      const z = ordneKopfzeileZu(rec, spalten);
      zuordnung = z.spalten;
      kopf = { vorhanden: new Set(z.spalten.filter((s): s is string => s !== undefined)), trennzeichen, kodierung };
      for (const d of z.doppelt) probleme.push({ schwere: 'fehler', datei, zeile, spalte: d, meldung: M.spalteDoppelt });
      if (z.unbekannt.length > 0) {
        probleme.push({ schwere: 'warnung', datei, zeile, meldung: M.unbekannteSpalten(z.unbekannt) });
      }
      proKopf(kopf, zeile);
      return;
    }
    if (rec.length > zuordnung.length && rec.slice(zuordnung.length).some((c) => c.trim() !== '')) {
      probleme.push({ schwere: 'fehler', datei, zeile, meldung: M.zuVieleZellen(rec.length, zuordnung.length) });
      return;
    }
    const werte: Record<string, unknown> = {};
    const n = Math.min(rec.length, zuordnung.length);
    for (let i = 0; i < n; i++) {
      const name = zuordnung[i];
      if (name === undefined) continue;
      const roh = rec[i] as string;
      const wert = roh.length > 0 && (roh.charCodeAt(0) <= 32 || roh.charCodeAt(roh.length - 1) <= 32) ? roh.trim() : roh;
      if (wert !== '') werte[name] = wert;
    }
    proZeile({ datei, zeile, werte, zahlDialekt });
  };
  // Records are handled synchronously as csv-parse emits them, so a parse error later in the file
  // still leaves every earlier record checked and the error's line known.
  await new Promise<void>((fertig) => {
    parser.on('data', (rec: string[]) => {
      try {
        proRecord(rec);
      } catch (e) {
        intern ??= e;
      }
    });
    parser.on('error', (e: Error & { code?: string }) => {
      probleme.push({ schwere: 'fehler', datei, zeile: naechsteZeile, meldung: M.csvUnlesbar(e.code, e.message) });
      abgebrochen = true;
      fertig();
    });
    parser.on('end', () => fertig());
    // UTF-8 goes to csv-parse as bytes (it decodes and drops the BOM itself); decoding to strings first
    // and letting csv-parse turn them back into bytes cost a tenth of the time at a million rows.
    const quelle = kodierung === 'utf-8' ? createReadStream(pfad, { highWaterMark: 1 << 20 }) : Readable.from(leseTextStuecke(pfad, kodierung));
    quelle.on('error', (e: Error) => {
      probleme.push({ schwere: 'fehler', datei, meldung: M.dateiUnlesbar(e) });
      abgebrochen = true;
      parser.destroy();
      fertig();
    });
    quelle.pipe(parser);
  });
  if (intern !== undefined) throw intern;
  if (kopf === undefined && !abgebrochen && !binaer) probleme.push({ schwere: 'fehler', datei, meldung: M.kopfzeileFehlt });
  return abgebrochen || binaer ? undefined : kopf;
}

/** True when every cell is empty or spaces (an empty line, or `;;;` left by Excel). */
function istLeer(rec: readonly string[]): boolean {
  for (const c of rec) if (c.trim() !== '') return false;
  return true;
}

/** Number of line breaks inside the record's cells (CRLF, LF or a lone CR each count once). */
function umbrueche(rec: readonly string[]): number {
  let n = 0;
  for (const c of rec) {
    if (c.indexOf('\n') === -1 && c.indexOf('\r') === -1) continue;
    for (let i = 0; i < c.length; i++) {
      const z = c.charCodeAt(i);
      if (z === 10 || (z === 13 && c.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

/** The first 64 KiB of the file as text, for delimiter detection. */
async function leseAnfang(pfad: string, kodierung: Zeichenkodierung): Promise<string> {
  const datei = await open(pfad);
  try {
    const puffer = Buffer.alloc(65536);
    const { bytesRead } = await datei.read(puffer, 0, puffer.length, 0);
    return dekodiereGanz(puffer.subarray(0, bytesRead), kodierung);
  } finally {
    await datei.close();
  }
}
