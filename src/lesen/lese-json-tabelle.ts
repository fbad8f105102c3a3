/**
 * Reads one JSON table: an array of objects or `{ "records": [...] }` with canonical keys
 * (German labels are accepted as well). Unknown keys give one warning per file.
 */
import type { Problem } from '../fehler.js';
import { M } from '../pruefen/meldungen.js';
import { baueNamensindex, findeSpalte, type Spaltenbezeichnung } from './ordne-kopfzeile-zu.js';
import type { RohZeile } from './roh-zeile.js';

/** Parses JSON text and calls `proZeile` per record; returns false when the file is unusable. */
export function leseJsonTabelle(
  datei: string,
  text: string,
  spalten: readonly Spaltenbezeichnung[],
  probleme: Problem[],
  proZeile: (zeile: RohZeile) => void,
): boolean {
  const daten = parseJson(datei, text, probleme);
  if (daten === undefined) return false;
  const liste = Array.isArray(daten) ? daten : istObjekt(daten) && Array.isArray(daten.records) ? daten.records : undefined;
  if (liste === undefined) {
    probleme.push({ schwere: 'fehler', datei, meldung: M.jsonKeineListe });
    return false;
  }
  const index = baueNamensindex(spalten);
  const unbekannt = new Set<string>();
  liste.forEach((eintrag: unknown, i: number) => {
    if (!istObjekt(eintrag)) {
      probleme.push({ schwere: 'fehler', datei, pfad: `[${i}]`, meldung: M.jsonKeinObjekt });
      return;
    }
    const werte: Record<string, unknown> = {};
    for (const [schluessel, roh] of Object.entries(eintrag)) {
      const name = findeSpalte(index, schluessel);
      if (name === undefined) {
        unbekannt.add(schluessel);
        continue;
      }
      const wert = typeof roh === 'string' ? roh.trim() : roh;
      if (wert !== null && wert !== '') werte[name] = wert;
    }
    proZeile({ datei, zeile: 0, index: i, werte, zahlDialekt: '.' });
  });
  if (unbekannt.size > 0) probleme.push({ schwere: 'warnung', datei, meldung: M.unbekannteSchluessel([...unbekannt]) });
  return true;
}

/** JSON.parse with a German problem instead of an exception. */
export function parseJson(datei: string, text: string, probleme: Problem[]): unknown {
  const inhalt = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(inhalt) as unknown;
  } catch (e) {
    probleme.push({ schwere: 'fehler', datei, meldung: M.jsonUngueltig(fehlerstelle(inhalt, (e as Error).message)) });
    return undefined;
  }
}

/** German location of a JSON syntax error from V8's message (`position 17`), independent of the Node version. */
function fehlerstelle(text: string, nachricht: string): string {
  const position = /position (\d+)/.exec(nachricht);
  if (position === null) return /end of (JSON )?input/i.test(nachricht) ? 'unerwartetes Dateiende' : 'Syntaxfehler';
  const vorher = text.slice(0, Number(position[1]));
  const zeile = vorher.split('\n').length;
  const zeichen = vorher.length - vorher.lastIndexOf('\n');
  return `Syntaxfehler in Zeile ${zeile}, Zeichen ${zeichen}`;
}

/** True for a plain JSON object (not an array, not null). */
export function istObjekt(wert: unknown): wert is Record<string, unknown> {
  return typeof wert === 'object' && wert !== null && !Array.isArray(wert);
}
