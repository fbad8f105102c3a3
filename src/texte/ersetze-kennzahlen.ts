/**
 * `{{helfer "argument" …}}` in an analyst's Markdown: every call is checked against the helpers and
 * the Kennzahlen of the report, computed, and replaced by a placeholder that `setzeKennzahlen` turns
 * into the marked, escaped value after Markdown rendering. Nothing in a text is ever evaluated as a
 * template: only the known helpers with quoted arguments are understood, anything else is an error
 * naming `datei:zeile`. `\{{` writes a literal `{{`.
 */
import type { Problem } from '../fehler.js';
import { naechsteSchluessel } from './naechste-schluessel.js';
import type { TextHelfer } from './text-helfer.js';

/** What a text may refer to. */
export interface KennzahlUmgebung {
  kennzahlen: Readonly<Record<string, number>>;
  helfer: readonly TextHelfer[];
}

/** One computed value: its text and the Kennzahlen it comes from. */
export interface KennzahlWert {
  text: string;
  schluessel: string[];
}

export const PLATZHALTER_ANFANG = '\ue000';
export const PLATZHALTER_ENDE = '\ue001';

/**
 * Replaces the helper calls of `markdown` (whose first line is line `ersteZeile` of `datei`) by
 * placeholders; problems (errors) go to `probleme`, and a faulty call stays as written.
 */
export function ersetzeKennzahlen(
  markdown: string,
  datei: string,
  ersteZeile: number,
  umgebung: KennzahlUmgebung,
  probleme: Problem[],
): { markdown: string; werte: KennzahlWert[] } {
  const werte: KennzahlWert[] = [];
  const zeilen = markdown.replace(/[\ue000\ue001]/g, '\ufffd').split('\n');
  const aus = zeilen.map((zeile, i) => {
    const fehler = (meldung: string): void => {
      probleme.push({ schwere: 'fehler', datei, zeile: ersteZeile + i, meldung });
    };
    let ergebnis = '';
    let pos = 0;
    for (;;) {
      const start = zeile.indexOf('{{', pos);
      if (start < 0) break;
      if (zeile[start - 1] === '\\') {
        ergebnis += `${zeile.slice(pos, start - 1)}{{`;
        pos = start + 2;
        continue;
      }
      const ende = zeile.indexOf('}}', start + 2);
      if (ende < 0) {
        fehler(`„{{“ ohne schließendes „}}“ in derselben Zeile (für ein wörtliches „{{“ schreiben Sie „\\{{“)`);
        break;
      }
      ergebnis += zeile.slice(pos, start);
      const aufruf = zeile.slice(start, ende + 2);
      const wert = rechne(zeile.slice(start + 2, ende), umgebung, fehler);
      if (wert === undefined) ergebnis += aufruf;
      else {
        ergebnis += `${PLATZHALTER_ANFANG}${werte.length}${PLATZHALTER_ENDE}`;
        werte.push(wert);
      }
      pos = ende + 2;
    }
    return ergebnis + zeile.slice(pos);
  });
  return { markdown: aus.join('\n'), werte };
}

function rechne(innen: string, umgebung: KennzahlUmgebung, fehler: (meldung: string) => void): KennzahlWert | undefined {
  const teile = [...innen.matchAll(/\s*("(?:[^"\\]|\\.)*"|„[^“”]*[“”]|[^\s"„]+)/g)].map((m) => m[1] ?? '');
  const namen = umgebung.helfer.map((h) => h.name);
  const [name, ...roh] = teile;
  const helfer = umgebung.helfer.find((h) => h.name === name);
  if (name === undefined || helfer === undefined) {
    const vorschlag = name === undefined ? '' : ` Meinten Sie ${naechsteSchluessel(name, namen, 1).map((n) => `„${n}“`).join('')}?`;
    fehler(`Unbekannter Helfer ${name === undefined ? '(leer)' : `„${name}“`}.${vorschlag} Erlaubt: ${namen.join(', ')}${umgebung.helfer[0] !== undefined ? `, z. B. ${umgebung.helfer[0].aufruf}` : ''}`);
    return undefined;
  }
  const nutzung = `Aufruf: ${helfer.aufruf}`;
  if (roh.length !== helfer.argumente.length) {
    fehler(`„${helfer.name}“ braucht ${helfer.argumente.length} Argument${helfer.argumente.length === 1 ? '' : 'e'}, erhalten: ${roh.length}. ${nutzung}`);
    return undefined;
  }
  const werte: (number | string)[] = [];
  const schluessel: string[] = [];
  for (const [i, arg] of roh.entries()) {
    if (!/^(".*"|„.*[“”])$/s.test(arg)) {
      fehler(`Argument ${i + 1} von „${helfer.name}“ muss in Anführungszeichen stehen: "${arg}". ${nutzung}`);
      return undefined;
    }
    const text = arg.slice(1, -1).replace(/\\(.)/g, '$1');
    if (helfer.argumente[i] === 'wort') {
      werte.push(text);
      continue;
    }
    const wert = umgebung.kennzahlen[text];
    if (wert === undefined) {
      const naechste = naechsteSchluessel(text, Object.keys(umgebung.kennzahlen));
      fehler(`Unbekannte Kennzahl „${text}“.${naechste.length > 0 ? ` Ähnliche Kennzahlen: ${naechste.join(', ')}` : ''} (alle Schlüssel stehen in kennzahlen.json)`);
      return undefined;
    }
    werte.push(wert);
    schluessel.push(text);
  }
  try {
    return { text: helfer.rechne(werte, schluessel), schluessel };
  } catch (e) {
    fehler(`„${helfer.name}“ lässt sich mit diesen Werten nicht berechnen (${werte.join(', ')}): ${(e as Error).message}`);
    return undefined;
  }
}
