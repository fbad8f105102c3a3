import path from 'node:path';
import { CliFehler, EXIT } from '../fehler.js';
import { ladeKennzahlenDatei } from './lade-kennzahlen-datei.js';
import { sammleBerichte } from './sammle-berichte.js';
import type { Berichtskopf, Berichtsvergleich, KennzahlenDatei, Vergleichsergebnis } from './typen.js';
import { vergleicheKennzahlen } from './vergleiche-kennzahlen.js';

/**
 * Compares two kennzahlen.json files, or two output folders report by report (matched by their path
 * relative to the folder; a report on one side only is listed as hinzugekommen or entfallen).
 * `schemata` are the accepted kennzahlen.json schemas (one per registered report format).
 */
export async function vergleicheBerichte(alt: string, neu: string, schemata: readonly string[]): Promise<Vergleichsergebnis> {
  // 1. what each argument names
  const altQuelle = await sammleBerichte(alt);
  const neuQuelle = await sammleBerichte(neu);

  // 2. two files: one comparison
  if (altQuelle.art === 'datei' && neuQuelle.art === 'datei') {
    const eintrag = vergleichePaar(null, await ladeKennzahlenDatei(altQuelle.pfad, altQuelle.pfad, schemata), await ladeKennzahlenDatei(neuQuelle.pfad, neuQuelle.pfad, schemata));
    return { modus: 'datei', alt, neu, berichte: [eintrag], unterschiede: eintrag.unterschiede };
  }
  if (altQuelle.art !== 'ordner' || neuQuelle.art !== 'ordner') {
    const [datei, ordner] = altQuelle.art === 'datei' ? [alt, neu] : [neu, alt];
    throw new CliFehler(
      `${datei} ist ein einzelner Bericht, ${ordner} ein Ausgabeordner mit mehreren Berichten. ` +
        'Verglichen werden zwei kennzahlen.json (oder Berichtsordner) oder zwei Ausgabeordner.',
      { exitCode: EXIT.eingabe },
    );
  }

  // 3. two folders: every report present in either, in path order
  const pfade = [...new Set([...altQuelle.berichte, ...neuQuelle.berichte])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const altPfade = new Set(altQuelle.berichte);
  const neuPfade = new Set(neuQuelle.berichte);
  const berichte: Berichtsvergleich[] = [];
  for (const pfad of pfade) {
    const altDatei = altPfade.has(pfad) ? await ladeKennzahlenDatei(...dateiPfade(alt, pfad), schemata) : undefined;
    const neuDatei = neuPfade.has(pfad) ? await ladeKennzahlenDatei(...dateiPfade(neu, pfad), schemata) : undefined;
    if (altDatei && neuDatei) berichte.push(vergleichePaar(pfad, altDatei, neuDatei));
    else if (neuDatei) berichte.push({ art: 'hinzugekommen', pfad, neu: kopf(neuDatei) });
    else if (altDatei) berichte.push({ art: 'entfallen', pfad, alt: kopf(altDatei) });
  }
  const unterschiede = berichte.some((b) => b.art !== 'verglichen' || b.unterschiede);
  return { modus: 'ordner', alt, neu, berichte, unterschiede };
}

function vergleichePaar(
  pfad: string | null,
  alt: KennzahlenDatei,
  neu: KennzahlenDatei,
): Extract<Berichtsvergleich, { art: 'verglichen' }> {
  if (alt.schema !== neu.schema) {
    throw new CliFehler(
      `${alt.datei} (${alt.schema}) und ${neu.datei} (${neu.schema}) gehören zu verschiedenen Berichtsformaten; verglichen werden nur Berichte desselben Formats.`,
      { exitCode: EXIT.eingabe },
    );
  }
  const vergleich = vergleicheKennzahlen(alt, neu);
  const unterschiede =
    alt.berichtsjahr !== neu.berichtsjahr ||
    alt.cluster !== neu.cluster ||
    vergleich.geaendert.length + vergleich.hinzugekommen.length + vergleich.entfallen.length > 0;
  return { art: 'verglichen', pfad, alt: kopf(alt), neu: kopf(neu), vergleich, unterschiede };
}

/** The file system path and the path shown to the user (`out/2019/x/kennzahlen.json`). */
function dateiPfade(wurzel: string, relativ: string): [string, string] {
  const pfad = path.join(wurzel, ...relativ.split('/'));
  return [pfad, pfad.split(path.sep).join('/')];
}

function kopf(datei: KennzahlenDatei): Berichtskopf {
  return { datei: datei.datei, berichtsjahr: datei.berichtsjahr, cluster: datei.cluster };
}
