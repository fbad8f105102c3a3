/** `nachweis.json`: deterministic text of a Nachweis, one record per line (diff-friendly, compact at scale). */
import type { Fundstelle, KennzahlStrom, Merkmale, Nachweis, NachweisAusschluss, NachweisBezug, NachweisDatensatz } from './typen.js';

const j = JSON.stringify;

function vergleiche(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `"datei":…,"zeile":…[,"pfad":…]` */
function ort(f: Fundstelle): string {
  return `"datei":${j(f.datei)},"zeile":${f.zeile}${f.pfad === undefined ? '' : `,"pfad":${j(f.pfad)}`}`;
}

function bezug(b: NachweisBezug): string {
  return `{"akteur":${j(b.akteur)},"vorhaben":${j(b.vorhaben)},${ort(b)}}`;
}

/** A record on one line, fields in a fixed order: datei, zeile, pfad, id, titel, betrag, ueber. */
function datensatz(d: NachweisDatensatz): string {
  const betrag = d.betrag === undefined ? '' : `,"betrag":${j(d.betrag)}`;
  const ueber = d.ueber === undefined ? '' : `,"ueber":[${d.ueber.map(bezug).join(',')}]`;
  return `{${ort(d)},"id":${j(d.id)},"titel":${j(d.titel)}${betrag}${ueber}}`;
}

function ausschluss(a: NachweisAusschluss): string {
  return `{${ort(a)},"id":${j(a.id)},"titel":${j(a.titel)},"grund":${j(a.grund)}}`;
}

function merkmale(m: Merkmale): string {
  let text = '';
  for (const s of Object.keys(m)) text += `${text === '' ? '' : ','}${j(s)}:${j(m[s])}`;
  return `{${text}}`;
}

/** `"name": [` records `]`, one piece per record; the records are read once, as they come. */
function* liste<T>(name: string, eintraege: Iterable<T>, zeile: (e: T) => string): Generator<string> {
  let erste = true;
  for (const e of eintraege) {
    yield erste ? `"${name}": [\n      ${zeile(e)}` : `,\n      ${zeile(e)}`;
    erste = false;
  }
  yield erste ? `"${name}": []` : '\n    ]';
}

function* kennzahl(n: KennzahlStrom): Generator<string> {
  yield '{\n    ';
  if (n.ausgeschlossen !== undefined) {
    yield* liste('ausgeschlossen', n.ausgeschlossen, ausschluss);
    yield ',\n    ';
  }
  yield* liste('datensaetze', n.datensaetze, datensatz);
  if (n.einheit !== undefined) yield `,\n    "einheit": ${j(n.einheit)}`;
  yield `,\n    "wert": ${j(n.wert)}\n  }`;
}

/**
 * The text in small pieces (a record or a record's Merkmale each), so a large Nachweis is written without
 * ever being one string: sorted Kennzahl keys, each key's fields on their own lines, each record on one line.
 */
export function* nachweisJsonTeile(nachweis: Nachweis): Generator<string> {
  yield `{\n"berichtsjahr": ${j(nachweis.berichtsjahr)},\n"cluster": ${j(nachweis.cluster)},\n"kennzahlen": {`;
  let erste = true;
  for (const s of [...nachweis.schluessel].sort(vergleiche)) {
    const n = nachweis.kennzahlStrom(s);
    if (n === undefined) continue;
    yield `${erste ? '\n' : ',\n'}  ${j(s)}: `;
    yield* kennzahl(n);
    erste = false;
  }
  yield `${erste ? '' : '\n'}},\n"merkmale": {`;
  erste = true;
  for (const [s, m] of nachweis.merkmale()) {
    yield `${erste ? '\n' : ',\n'}  ${j(s)}: ${merkmale(m)}`;
    erste = false;
  }
  yield `${erste ? '' : '\n'}},\n"schema": ${j(nachweis.schema)}\n}\n`;
}

/** The whole text at once (small reports, tests). */
export function serialisiereNachweis(nachweis: Nachweis): string {
  return [...nachweisJsonTeile(nachweis)].join('');
}
