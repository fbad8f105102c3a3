import { Command, Option } from 'commander';
import { CliFehler } from '../fehler.js';
import { FORMATE, type Ausgabeformat } from '../bericht/ausgabeformat.js';
import { meintenSie } from './aehnlichste.js';
import type { LadeOptionen } from '../pruefen/lade-daten.js';


/** Options every command shares (reading the data, output noise, debugging). */
export interface GemeinsameOptionen {
  daten: string;
  encoding?: 'utf-8' | 'windows-1252';
  trennzeichen?: ';' | ',';
  maxDateiMb?: number;
  streng: boolean;
  ruhig: boolean;
  debug: boolean;
}

/** Adds the shared reading options to a command. */
export function mitLeseOptionen(befehl: Command): Command {
  return befehl
    .option('--daten <ordner>', 'Ordner mit den Exportdateien', 'data')
    .addOption(
      new Option('--encoding <kodierung>', 'Zeichenkodierung der CSV-Dateien (sonst erkannt)').choices([
        'utf-8',
        'windows-1252',
      ]),
    )
    .addOption(new Option('--trennzeichen <zeichen>', 'Trennzeichen der CSV-Dateien (sonst erkannt)').choices([';', ',']))
    .option('--max-datei-mb <mb>', 'größte erlaubte Eingabedatei in MB', parseGanzzahl('--max-datei-mb'), 200)
    .option('--streng', 'Warnungen wie Fehler behandeln', false)
    .option('--ruhig', 'nur Fehler ausgeben', false)
    .option('--debug', 'bei unerwarteten Fehlern den Stacktrace zeigen', false);
}

/** The reader options derived from the shared CLI options. */
export function leseOptionen(o: GemeinsameOptionen): LadeOptionen {
  return {
    encoding: o.encoding,
    trennzeichen: o.trennzeichen,
    maxDateiBytes: o.maxDateiMb !== undefined ? o.maxDateiMb * 1024 * 1024 : undefined,
  };
}

/** Parses `--format pdf,html,json` into a set; unknown values are an input error. */
export function parseFormate(wert: string): Set<Ausgabeformat> {
  const teile = wert
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length > 0);
  const unbekannt = teile.filter((t) => !(FORMATE as readonly string[]).includes(t));
  if (teile.length === 0 || unbekannt.length > 0) {
    throw new CliFehler(
      `Ungültiges Format "${unbekannt.join(',') || wert}" für --format. Erlaubt: ${FORMATE.join(', ')} (mehrere mit Komma).`,
    );
  }
  return new Set(teile as Ausgabeformat[]);
}

/** A commander argument parser for positive integers with a German error. */
export function parseGanzzahl(name: string): (wert: string) => number {
  return (wert: string) => {
    if (!/^\d+$/.test(wert.trim()) || Number(wert) < 1) {
      throw new CliFehler(`Ungültiger Wert "${wert}" für ${name}: erwartet wird eine positive ganze Zahl.`);
    }
    return Number(wert);
  };
}

/** Parses the Berichtsjahr argument. */
export function parseJahr(wert: string): number {
  if (!/^\d{4}$/.test(wert.trim())) {
    throw new CliFehler(`Ungültiges Berichtsjahr "${wert}": erwartet wird eine vierstellige Jahreszahl, z. B. 2019.`);
  }
  return Number(wert);
}

/**
 * The first argument of the main command: a year, or a mistyped command (`pruefe`), which gets
 * "Meinten Sie …?" instead of "Ungültiges Berichtsjahr".
 */
export function parseJahrOderBefehl(wert: string, befehle: readonly string[]): number {
  // Anything with a digit or a path character was meant as a year
  if (!/^[a-zäöüß_-]+$/i.test(wert.trim())) return parseJahr(wert);
  const vorschlag = meintenSie(wert, befehle);
  throw new CliFehler(
    vorschlag
      ? `Unbekannter Befehl "${wert}".${vorschlag}`
      : `"${wert}" ist weder ein Berichtsjahr noch ein Befehl. Befehle: ${befehle.join(', ')}; "ewm-report --help" zeigt alle.`,
  );
}

/** Parses `--datum` (ISO or dd.mm.yyyy) into an ISO date. */
export function parseDatum(wert: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(wert.trim());
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(wert.trim());
  const [j, m, t] = iso ? [iso[1], iso[2], iso[3]] : de ? [de[3], de[2], de[1]] : [];
  const datum = j !== undefined ? new Date(Date.UTC(Number(j), Number(m) - 1, Number(t))) : undefined;
  if (!datum || datum.getUTCDate() !== Number(t) || datum.getUTCMonth() !== Number(m) - 1) {
    throw new CliFehler(`Ungültiges Datum "${wert}" für --datum: erwartet wird TT.MM.JJJJ oder JJJJ-MM-TT.`);
  }
  return datum.toISOString().slice(0, 10);
}
