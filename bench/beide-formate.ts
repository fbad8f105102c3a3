/**
 * Sample data for a batch of both report formats in one year: a copy of `data/` in which the
 * clusterbericht management's years 2014 and 2015 become 2018 and 2019 (the `Jahr` column, the dates
 * of its events, its text folders), so that `2019 --alle` renders the five EWM reports and the
 * clusterbericht together. Only the calendar moves; every figure stays as in the sample.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Years added to the clusterbericht's dates. */
const VERSATZ = 4;
const JAHRES_SPALTEN = new Set(['Jahr']);
const DATUMS_SPALTEN = new Set(['Beginn', 'Ende']);

/** Writes the copy into `ziel` (which must not exist) and returns it. */
export function beideFormateImJahr(wurzel: string, ziel: string): string {
  cpSync(path.join(wurzel, 'data'), ziel, { recursive: true });
  const ordner = path.join(ziel, 'clusterbericht');
  for (const datei of readdirSync(ordner).filter((d) => d.endsWith('.csv'))) {
    const pfad = path.join(ordner, datei);
    const [kopf = '', ...zeilen] = readFileSync(pfad, 'utf8').split('\n');
    const spalten = kopf.replace(/^\uFEFF/, '').split(';');
    const verschoben = zeilen.map((zeile) =>
      zeile === '' ? zeile : zeile.split(';').map((wert, i) => verschiebe(spalten[i] ?? '', wert)).join(';'),
    );
    writeFileSync(pfad, [kopf, ...verschoben].join('\n'));
  }
  const texte = path.join(ziel, 'texte');
  for (const jahr of ['2015', '2014']) {
    const von = path.join(texte, jahr);
    if (!existsSync(von)) continue;
    const nach = path.join(texte, String(Number(jahr) + VERSATZ));
    mkdirSync(nach, { recursive: true });
    for (const management of readdirSync(von)) renameSync(path.join(von, management), path.join(nach, management));
  }
  return ziel;
}

/** A cell with its year moved: `2015` in a year column, `12.03.2015` in a date column. */
function verschiebe(spalte: string, wert: string): string {
  if (JAHRES_SPALTEN.has(spalte) && /^\d{4}$/.test(wert)) return String(Number(wert) + VERSATZ);
  if (DATUMS_SPALTEN.has(spalte)) return wert.replace(/(\d{1,2}\.\d{1,2}\.)(\d{4})/, (_, tag: string, jahr: string) => `${tag}${Number(jahr) + VERSATZ}`);
  return wert;
}
