import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliFehler, EXIT } from '../fehler.js';

const DATEINAME = 'kennzahlen.json';

/** What a command-line argument of `vergleich` names: one kennzahlen.json, or an output folder with several. */
export type Berichtsquelle =
  | { art: 'datei'; pfad: string }
  | {
      art: 'ordner';
      wurzel: string;
      /** Paths of every kennzahlen.json below `wurzel`, relative with `/`, sorted. */
      berichte: string[];
    };

/**
 * Resolves an argument: a file is taken as it is; a folder holding `kennzahlen.json` is that one report
 * (`out/2019/industrielle-produktion`); any other folder is an output root (`out/`) whose reports
 * are found at any depth (`2019/industrielle-produktion/kennzahlen.json`), skipping hidden folders
 * such as the temporary folders of an unfinished write.
 */
export async function sammleBerichte(argument: string): Promise<Berichtsquelle> {
  const art = await artVon(argument);
  if (art === 'fehlt') throw new CliFehler(`${argument}: Datei oder Ordner nicht gefunden.`, { exitCode: EXIT.eingabe });
  if (art === 'datei') return { art: 'datei', pfad: argument };
  const direkt = path.join(argument, DATEINAME);
  if ((await artVon(direkt)) === 'datei') return { art: 'datei', pfad: direkt };
  const berichte = (await suche(argument, [])).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (berichte.length === 0) {
    throw new CliFehler(`${argument}: Der Ordner enthält keine ${DATEINAME} (auch nicht in Unterordnern).`, {
      exitCode: EXIT.eingabe,
    });
  }
  return { art: 'ordner', wurzel: argument, berichte };
}

async function artVon(pfad: string): Promise<'datei' | 'ordner' | 'fehlt'> {
  try {
    const info = await stat(pfad);
    return info.isDirectory() ? 'ordner' : 'datei';
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'fehlt';
    throw new CliFehler(`${pfad}: kann nicht gelesen werden (${code ?? String(fehler)}).`, { exitCode: EXIT.eingabe, cause: fehler });
  }
}

async function suche(wurzel: string, teile: string[]): Promise<string[]> {
  const ordner = path.join(wurzel, ...teile);
  let eintraege;
  try {
    eintraege = await readdir(ordner, { withFileTypes: true });
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    throw new CliFehler(`${ordner}: Ordner kann nicht gelesen werden (${code ?? String(fehler)}).`, { exitCode: EXIT.eingabe, cause: fehler });
  }
  const gefunden: string[] = [];
  for (const eintrag of eintraege) {
    if (eintrag.name.startsWith('.')) continue;
    if (eintrag.isDirectory()) gefunden.push(...(await suche(wurzel, [...teile, eintrag.name])));
    else if (eintrag.isFile() && eintrag.name === DATEINAME) gefunden.push([...teile, eintrag.name].join('/'));
  }
  return gefunden;
}
