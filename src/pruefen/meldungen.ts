/** The German messages of the generic reading and validation stage (a format adds its own rules' messages). */
import { dateisystemGrund } from '../dateisystem/dateisystem-grund.js';
import { kuerze } from '../fehler.js';
import type { Aufzaehlung } from './tabelle.js';

/** Quotes a user value for a message, shortened to 60 characters. */
export function zitat(wert: unknown): string {
  return `"${kuerze(typeof wert === 'string' ? wert : typeof wert === 'number' ? String(wert) : JSON.stringify(wert) ?? String(wert))}"`;
}

/** Formats cents as a German euro amount, e.g. `69.200.000,50 €`. */
export function euro(cent: number): string {
  const negativ = cent < 0;
  const betrag = Math.abs(cent);
  const ganz = String(Math.floor(betrag / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = betrag % 100;
  return `${negativ ? '-' : ''}${ganz}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`} €`;
}

const BETRAG_ERLAUBT = 'Erlaubt: Betrag in Euro mit höchstens zwei Nachkommastellen, z. B. 69200000, 69.200.000,50 oder 69200000,50 (optional mit € oder EUR)';

export const M = {
  // Files and directory
  verzeichnisFehlt: (v: string) => `Das Datenverzeichnis "${v}" gibt es nicht`,
  keinVerzeichnis: (v: string) => `"${v}" ist kein Verzeichnis`,
  dateiFehlt: (basis: string) => `Pflichtdatei fehlt: erwartet ${basis}.csv, ${basis}.json oder ${basis}.xlsx`,
  clusterFehlt: 'Pflichtdatei fehlt: erwartet cluster.json',
  beideDateien: (dateien: string[]) =>
    `${dateien.join(' und ')} gibt es ${dateien.length === 2 ? 'beide' : 'alle'}; nicht eindeutig, welche gilt. Bitte nur eine der ${dateien.length === 2 ? 'beiden ' : ''}Dateien behalten`,
  altesFormat: (datei: string, basis: string) =>
    `${datei} ist ein Format, das ewm-report nicht liest. Bitte in Excel oder LibreOffice als „Excel-Arbeitsmappe (.xlsx)“ (${basis}.xlsx) oder als CSV (${basis}.csv) speichern`,
  dateiZuGross: (bytes: number, max: number) =>
    `Die Datei ist ${mb(bytes)} groß; erlaubt sind höchstens ${mb(max)} (Grenze einstellbar)`,
  dateiUnlesbar: (fehler: unknown) => {
    const pfad = (fehler as { path?: unknown } | undefined)?.path;
    return `Die Datei lässt sich nicht lesen${typeof pfad === 'string' ? ` (${pfad})` : ''}: ${dateisystemGrund(fehler, 'lesen')}`;
  },
  verzeichnisUnlesbar: (v: string, fehler: unknown) => `Das Datenverzeichnis "${v}" lässt sich nicht lesen: ${dateisystemGrund(fehler, 'lesen')}`,
  // CSV structure
  kopfzeileFehlt: 'Kopfzeile fehlt (die Datei ist leer)',
  spalteDoppelt: 'Die Spalte kommt in der Kopfzeile mehrfach vor; nur die erste wird gelesen',
  spalteFehltZeilen: (labels: string[], anzahl: number, meldung: string, erste: number) =>
    `${labels.length === 1 ? `Die Spalte "${labels[0]}" fehlt` : `Die Spalten ${labels.map((l) => `"${l}"`).join(', ')} fehlen`} in der Kopfzeile; deshalb ${anzahl}-mal (erste: Zeile ${erste}): ${meldung}`,
  pflichtspalteFehlt: (label: string) => `Pflichtspalte fehlt in der Kopfzeile (erwartet "${label}" oder den kanonischen Namen)`,
  unbekannteSpalten: (namen: string[]) =>
    `Unbekannte Spalten werden ignoriert: ${namen.map((n) => zitat(n)).join(', ')}`,
  unbekannteSchluessel: (namen: string[]) =>
    `Unbekannte Schlüssel werden ignoriert: ${namen.map((n) => zitat(n)).join(', ')}`,
  zuVieleZellen: (zellen: number, spalten: number) =>
    `Die Zeile hat ${zellen} Zellen, die Kopfzeile aber nur ${spalten} Spalten; steht ein Trennzeichen ungeschützt (ohne Anführungszeichen) in einer Zelle? Die Zeile wird nicht gelesen`,
  utf16: 'Die Datei ist UTF-16-kodiert; erwartet wird UTF-8 oder Windows-1252 (in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern). Die Datei wird nicht gelesen',
  nulKopf: 'Die Kopfzeile enthält NUL-Zeichen (Byte 0): keine lesbare CSV-Datei (beschädigt, binär oder UTF-16?). Die Datei wird nicht gelesen',
  nulZeile: 'Die Zeile enthält ein NUL-Zeichen (Byte 0); ist die Datei beschädigt? Die Zeile wird nicht gelesen',
  csvUnlesbar: (code: string | undefined, text: string) =>
    code === 'CSV_MAX_RECORD_SIZE'
      ? 'Eine Zelle oder Zeile ist größer als 1 MB (erlaubt sind höchstens 1 MB); der Rest der Datei wird nicht gelesen'
      : code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen; der Rest der Datei wird nicht gelesen'
        : `Die CSV-Datei ist hier nicht lesbar (${text}); der Rest der Datei wird nicht gelesen`,
  // Excel workbooks
  xlsxUnlesbar:
    'Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx); ist sie beschädigt oder ein anderes Format mit falscher Endung? Bitte in Excel erneut als „Excel-Arbeitsmappe (.xlsx)“ speichern',
  xlsxFehlerwert: (wert: string) => `Die Zelle enthält den Excel-Fehlerwert ${wert}; bitte die Zelle oder ihre Formel korrigieren`,
  xlsxFormelOhneErgebnis:
    'Die Formel hat kein gespeichertes Ergebnis (die Datei wurde nicht von Excel gespeichert); bitte in Excel öffnen und speichern oder den Wert eintragen',
  // JSON structure
  jsonUngueltig: (grund: string) => `Kein gültiges JSON: ${grund}`,
  jsonKeineListe: 'Erwartet ein Array von Objekten oder { "records": [ ... ] }',
  jsonKeinObjekt: 'Erwartet ein Objekt mit den Spalten als Schlüsseln',
  jsonTyp: (wert: unknown, erwartet: string) => `${zitat(wert)} hat den falschen Typ; erwartet ${erwartet}`,
  // Cells
  pflichtwertFehlt: 'Pflichtangabe fehlt',
  punktgruppenImKommaFormat: (w: unknown, gelesen: string) =>
    `${zitat(w)} wurde als ${gelesen} gelesen. In einer mit Komma getrennten Datei ist ein einzelner Punkt das Dezimalzeichen (300.000 = 300 €), mehrere Punkte trennen Tausender (1.500.000 = 1.500.000 €); bitte ohne Tausenderpunkte schreiben (z. B. 300000) oder die Datei mit Semikolon trennen`,
  betragUngueltig: (w: unknown) => `${zitat(w)} ist kein gültiger Betrag. ${BETRAG_ERLAUBT}`,
  betragNegativ: (w: unknown) => `${zitat(w)} ist negativ. Erlaubt: Beträge ab 0`,
  ganzzahlUngueltig: (w: unknown, min: number) => `${zitat(w)} ist keine gültige ganze Zahl. Erlaubt: ganze Zahlen ab ${min}`,
  ganzzahlZuKlein: (w: unknown, min: number) => `${zitat(w)} ist zu klein. Erlaubt: ganze Zahlen ab ${min}`,
  zuGross: (w: unknown, max: number) => `${zitat(w)} ist zu groß. Erlaubt: höchstens ${max}`,
  dezimalUngueltig: (w: unknown) =>
    `${zitat(w)} ist keine gültige Zahl. Erlaubt: Zahl ab 0 mit höchstens zwei Nachkommastellen, z. B. 2,0 oder 35,5`,
  datumUngueltig: (w: unknown) =>
    `${zitat(w)} ist kein gültiges Datum. Erlaubt: TT.MM.JJJJ, T.M.JJJJ oder JJJJ-MM-TT mit einem existierenden Tag, z. B. 15.03.2019`,
  wahrheitswertUngueltig: (w: unknown) =>
    `${zitat(w)} ist kein gültiger Wahrheitswert. Erlaubt: ja, nein, j, n, true, false, 1, 0, x oder leer`,
  aufzaehlungUngueltig: (w: unknown, a: Aufzaehlung) =>
    `${zitat(w)} ist ${a.keinGueltiger}. Erlaubt: ${a.werte.map((x) => x.label).join(', ')}`,
  clusterUnbekannt: (w: unknown, namen: string[]) =>
    `Cluster ${zitat(w)} gibt es nicht in cluster.json. Erlaubt (Slug oder Name): ${namen.join(', ')}`,
  // Record rules
  bedingtePflicht: (was: string, bedingung: string) => `Pflichtangabe fehlt: ${bedingung} ist ${was} Pflicht`,
  groesserAls: (w: unknown, betrag: number, was: string) =>
    `${zitat(w)} ist größer als ${was} (${euro(betrag)}). Erlaubt: 0 bis ${was}`,
  endeVorBeginn: (w: unknown, beginn: string, was: string) => `${zitat(w)} liegt vor ${was} (${beginn}). Erlaubt: ein Datum ab ${beginn}`,
  // Cross-file rules
  zyklus: (ids: string[]) => `Zyklus ${ids.join(' → ')}`,
};

/** Formats a byte count for messages: MB (MiB, one decimal) from 1 MiB on, else bytes. */
function mb(bytes: number): string {
  if (bytes < 1_048_576) return `${bytes} Bytes`;
  return `${(Math.round((bytes / 1_048_576) * 10) / 10).toString().replace('.', ',')} MB`;
}
