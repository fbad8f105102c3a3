import { formatiereZahl, istBetrag } from './formatiere-zahl.js';
import type { DatensatzWechsel, GeaenderteKennzahl } from './typen.js';

/** Records listed per key and direction before "… und N weitere". */
const HOECHSTENS = 20;

function wechselZeile(art: string, w: DatensatzWechsel): string {
  const ort = `${w.datei}:${w.pfad ?? w.zeile}`;
  return `    ${art}: ${w.id} (${ort}, ${w.titel})${w.grund === undefined ? '' : ` – ${w.grund}`}`;
}

function liste(art: string, eintraege: readonly DatensatzWechsel[]): string[] {
  const zeilen = eintraege.slice(0, HOECHSTENS).map((w) => wechselZeile(art, w));
  if (eintraege.length > HOECHSTENS) zeilen.push(`    … und ${eintraege.length - HOECHSTENS} weitere`);
  return zeilen;
}

/**
 * Why each changed figure changed, as lines such as
 * `  projekte.neu.2018: 5 → 4 (rückwirkend)` followed by
 * `    entfallen: PR-18-03 (projekte.csv:9, Titel) – Laufzeitbeginn jetzt 01.06.2017 (vorher 15.03.2018)`.
 */
export function formatiereGruende(geaendert: readonly GeaenderteKennzahl[]): string[] {
  const zeilen: string[] = [];
  for (const k of geaendert) {
    if (k.warum === undefined) continue;
    const betrag = istBetrag(k.schluessel);
    zeilen.push(`  ${k.schluessel}: ${formatiereZahl(k.alt, betrag)} → ${formatiereZahl(k.neu, betrag)}${k.rueckwirkend ? ' (rückwirkend)' : ''}`);
    zeilen.push(...liste('entfallen', k.warum.entfallen), ...liste('hinzugekommen', k.warum.hinzugekommen), ...liste('geändert', k.warum.geaendert));
  }
  return zeilen;
}
