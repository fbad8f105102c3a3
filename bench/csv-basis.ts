/**
 * The floor of the scale benchmark: parse the four CSV tables of an export directory with csv-parse
 * alone (streamed from disk, `;`, BOM stripped, records counted, nothing kept) and print the counts
 * as JSON. Run as its own process: `node dist/bench/csv-basis.js <verzeichnis>`.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';

const TABELLEN = ['projekte', 'aktivitaeten', 'akteure', 'beteiligungen'] as const;

/** Counts the records (header included) of one CSV file with csv-parse. */
export async function zaehleCsvZeilen(datei: string): Promise<number> {
  let zeilen = 0;
  const parser = createReadStream(datei).pipe(parse({ delimiter: ';', bom: true, relax_column_count: true, relax_quotes: true }));
  for await (const _ of parser) zeilen++;
  return zeilen;
}

async function main(verzeichnis: string): Promise<void> {
  const ergebnis: Record<string, number> = {};
  for (const t of TABELLEN) ergebnis[t] = await zaehleCsvZeilen(path.join(verzeichnis, `${t}.csv`));
  process.stdout.write(`${JSON.stringify(ergebnis)}\n`);
}

const verzeichnis = process.argv[2];
if (verzeichnis !== undefined && import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) await main(verzeichnis);
