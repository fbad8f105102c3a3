/** The plain-text form of an explanation: `datei:zeile  id  titel  [betrag]` per record. */
import { nachweisWert } from './nachweis-wert.js';
import type { ErklaerteKennzahl, Erklaerung } from './erklaerung.js';
import type { Fundstelle } from './typen.js';

/** `projekte.csv:13`, or `projekte.json:[12]` for JSON input. */
export function fundstellenText(f: Fundstelle): string {
  return f.pfad === undefined ? `${f.datei}:${f.zeile}` : `${f.datei}:${f.pfad}`;
}

function spalten(zeilen: string[][]): string[] {
  const breiten: number[] = [];
  for (const z of zeilen) z.forEach((zelle, i) => (breiten[i] = Math.max(breiten[i] ?? 0, zelle.length)));
  return zeilen.map((z) => z.map((zelle, i) => (i === z.length - 1 ? zelle : zelle.padEnd(breiten[i] ?? 0))).join('  ').trimEnd());
}

function wertText(k: ErklaerteKennzahl, n: number): string {
  return nachweisWert(k.einheit, n);
}

function block(k: ErklaerteKennzahl): string[] {
  const aus = [`${k.schluessel} = ${wertText(k, k.wert)}`];
  if (k.definition !== undefined) aus.push(k.definition);
  aus.push('', `Datensätze (${k.datensaetze.length}):`);
  const zeilen = k.datensaetze.map((d) => {
    const z = [fundstellenText(d), d.id, d.titel];
    if (d.betrag !== undefined) z.push(wertText(k, d.betrag));
    if (d.ueber !== undefined) z.push(`über ${d.ueber.map((b) => `${b.akteur} → ${b.vorhaben} (${fundstellenText(b)})`).join(', ')}`);
    return z;
  });
  aus.push(...(zeilen.length === 0 ? ['  (keine)'] : spalten(zeilen).map((z) => `  ${z}`)));
  if (k.ausgeschlossen !== undefined && k.ausgeschlossen.length > 0) {
    aus.push('', `Nicht gezählt (${k.ausgeschlossen.length}):`);
    aus.push(...spalten(k.ausgeschlossen.map((a) => [fundstellenText(a), a.id, a.titel, `– ${a.grund}`])).map((z) => `  ${z}`));
  }
  return aus;
}

/** Each key as a block: `key = value`, the definition, the records (aligned), the excluded records and why. */
export function formatiereErklaerung(e: Erklaerung): string {
  const kopf = e.kennzahlen.length > 1 ? [`${e.anfrage}: ${e.kennzahlen.length} Kennzahlen (Bericht ${e.berichtsjahr}, ${e.cluster})`, ''] : [];
  return [...kopf, ...e.kennzahlen.flatMap((k, i) => (i === 0 ? block(k) : ['', '', ...block(k)]))].join('\n');
}
