import type { Problem } from '../fehler.js';

/** A subheading of a computed section, as the report prints it. */
export interface Zwischenueberschrift {
  schluessel: string;
  /** The heading as printed; `…` stands for the management ("im Teilthema Industrielle Produktion"). */
  titel: string;
  passt(titel: string): boolean;
}

/** One text slot of a format: file name and the subheadings its `##` sections may name (none: the file is one block). */
export interface AbschnittSlot {
  datei: string;
  zwischenueberschriften: readonly Zwischenueberschrift[];
}

/** A section file split at its `## ` headings: the opening text and the text per subheading key. */
export interface GeteilterAbschnitt {
  einleitung: { markdown: string; ersteZeile: number };
  nach: Map<string, { markdown: string; ersteZeile: number }>;
}

/**
 * Splits `koerper` (starting at line `ersteZeile` of `datei`) at lines `## Title` outside code fences.
 * A title that is not one of the slot's subheadings, or one named twice, is an error naming the line
 * and listing the allowed ones. A slot without subheadings keeps its whole text as the opening.
 */
export function teileAbschnitt(koerper: string, ersteZeile: number, datei: string, slot: AbschnittSlot, probleme: Problem[]): GeteilterAbschnitt {
  const zeilen = koerper.split('\n');
  const ergebnis: GeteilterAbschnitt = { einleitung: { markdown: '', ersteZeile }, nach: new Map() };
  if (slot.zwischenueberschriften.length === 0) {
    ergebnis.einleitung.markdown = koerper;
    return ergebnis;
  }
  let aktuell: { zeilen: string[]; ersteZeile: number } = { zeilen: [], ersteZeile };
  let schluessel: string | undefined;
  let zaun: string | undefined;
  const schliesse = (): void => {
    const teil = { markdown: aktuell.zeilen.join('\n'), ersteZeile: aktuell.ersteZeile };
    if (schluessel === undefined) ergebnis.einleitung = teil;
    else if (schluessel !== '') ergebnis.nach.set(schluessel, teil);
  };
  zeilen.forEach((zeile, i) => {
    const fence = /^\s{0,3}(```|~~~)/.exec(zeile)?.[1];
    if (fence !== undefined) zaun = zaun === undefined ? fence : zaun === fence ? undefined : zaun;
    const kopf = zaun === undefined ? /^\s{0,3}##\s+(.+?)\s*#*\s*$/.exec(zeile) : null;
    if (kopf === null || zeile.trimStart().startsWith('###')) {
      aktuell.zeilen.push(zeile);
      return;
    }
    schliesse();
    const titel = kopf[1] ?? '';
    const treffer = slot.zwischenueberschriften.find((z) => z.passt(titel));
    const zeilennummer = ersteZeile + i;
    if (treffer === undefined) {
      probleme.push({
        schwere: 'fehler', datei, zeile: zeilennummer,
        meldung: `Unbekannte Zwischenüberschrift „${titel}“. Erlaubt sind: ${slot.zwischenueberschriften.map((z) => `„## ${z.titel}“`).join(', ')}`,
      });
      schluessel = '';
    } else if (ergebnis.nach.has(treffer.schluessel)) {
      probleme.push({ schwere: 'fehler', datei, zeile: zeilennummer, meldung: `Die Zwischenüberschrift „${titel}“ steht zweimal in der Datei; jede darf nur einmal vorkommen.` });
      schluessel = '';
    } else {
      schluessel = treffer.schluessel;
    }
    aktuell = { zeilen: [], ersteZeile: zeilennummer + 1 };
  });
  schliesse();
  return ergebnis;
}
