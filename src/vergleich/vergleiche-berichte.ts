import path from 'node:path';
import { CliFehler, EXIT } from '../fehler.js';
import type { Merkmale, NachweisDatei } from '../nachweis/typen.js';
import { begruendeAenderungen, type MerkmalQuelle } from './begruende-aenderungen.js';
import { ladeKennzahlenDatei } from './lade-kennzahlen-datei.js';
import { ladeNachweisDatei } from './lade-nachweis-datei.js';
import { sammleBerichte } from './sammle-berichte.js';
import type { Berichtskopf, Berichtsvergleich, KennzahlenDatei, Vergleichsergebnis } from './typen.js';
import { vergleicheKennzahlen } from './vergleiche-kennzahlen.js';

/** One report of a side: its figures and, when it has one, its nachweis.json. */
interface Bericht {
  pfad: string;
  datei: KennzahlenDatei;
  nachweis: NachweisDatei | undefined;
}

/**
 * Compares two kennzahlen.json files (or report folders), or two output folders report by report:
 * matched by their path relative to the folder, and, when each side holds the reports of one
 * Berichtsjahr (`out-2018` against `out`), the rest by management. A report on one side only is listed as
 * hinzugekommen or entfallen. Where both reports have a nachweis.json, every changed figure names the
 * records that entered and left it and what changed in them. `schemata` are the accepted
 * kennzahlen.json schemas (one per registered report format).
 */
export async function vergleicheBerichte(alt: string, neu: string, schemata: readonly string[]): Promise<Vergleichsergebnis> {
  // 1. what each argument names
  const altQuelle = await sammleBerichte(alt);
  const neuQuelle = await sammleBerichte(neu);

  // 2. two files: one comparison
  if (altQuelle.art === 'datei' && neuQuelle.art === 'datei') {
    const a = await ladeBericht(schemata, altQuelle.pfad, altQuelle.pfad);
    const n = await ladeBericht(schemata, neuQuelle.pfad, neuQuelle.pfad);
    const eintrag = vergleichePaar(null, a, n, undefined, undefined);
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

  // 3. two folders: load every report, pair by path, then the rest by management
  const altBerichte = await Promise.all(altQuelle.berichte.map((p) => ladeBericht(schemata, ...dateiPfade(alt, p), p)));
  const neuBerichte = await Promise.all(neuQuelle.berichte.map((p) => ladeBericht(schemata, ...dateiPfade(neu, p), p)));
  const altIndex = merkmalIndex(altBerichte);
  const neuIndex = merkmalIndex(neuBerichte);
  const berichte: Berichtsvergleich[] = [];
  const neuNachPfad = new Map(neuBerichte.map((b) => [b.pfad, b]));
  const offenAlt: Bericht[] = [];
  for (const a of altBerichte) {
    const n = neuNachPfad.get(a.pfad);
    if (n === undefined) { offenAlt.push(a); continue; }
    neuNachPfad.delete(a.pfad);
    berichte.push(vergleichePaar(a.pfad, a, n, altIndex, neuIndex));
  }
  const offenNeu = [...neuNachPfad.values()];
  // Across years only when each side holds one Berichtsjahr (out/2018 against out/2019).
  const jahre = (b: readonly Bericht[]): Set<number> => new Set(b.map((x) => x.datei.berichtsjahr));
  const jeEinJahr = jahre(altBerichte).size === 1 && jahre(neuBerichte).size === 1;
  for (const a of jeEinJahr ? offenAlt : []) {
    const kandidaten = offenNeu.filter((n) => n.datei.cluster === a.datei.cluster && n.datei.schema === a.datei.schema);
    const einzig = offenAlt.filter((x) => x.datei.cluster === a.datei.cluster).length === 1 && kandidaten.length === 1;
    const n = einzig ? kandidaten[0] : undefined;
    if (n === undefined) { berichte.push({ art: 'entfallen', pfad: a.pfad, alt: kopf(a.datei) }); continue; }
    offenNeu.splice(offenNeu.indexOf(n), 1);
    berichte.push(vergleichePaar(a.pfad === n.pfad ? a.pfad : `${a.pfad} → ${n.pfad}`, a, n, altIndex, neuIndex));
  }
  if (!jeEinJahr) for (const a of offenAlt) berichte.push({ art: 'entfallen', pfad: a.pfad, alt: kopf(a.datei) });
  for (const n of offenNeu) berichte.push({ art: 'hinzugekommen', pfad: n.pfad, neu: kopf(n.datei) });
  berichte.sort((x, y) => (x.pfad! < y.pfad! ? -1 : x.pfad! > y.pfad! ? 1 : 0));
  const unterschiede = berichte.some((b) => b.art !== 'verglichen' || b.unterschiede);
  return { modus: 'ordner', alt, neu, berichte, unterschiede };
}

async function ladeBericht(schemata: readonly string[], pfad: string, anzeige: string, relativ = anzeige): Promise<Bericht> {
  const datei = await ladeKennzahlenDatei(pfad, anzeige, schemata);
  const nachweisPfad = path.join(path.dirname(pfad), 'nachweis.json');
  const nachweis = await ladeNachweisDatei(nachweisPfad, path.join(path.dirname(anzeige), 'nachweis.json'));
  return { pfad: relativ, datei, nachweis };
}

/** Merkmale of every report of a side, so a record that moved to another management is found. */
function merkmalIndex(berichte: readonly Bericht[]): Map<string, Merkmale> {
  const index = new Map<string, Merkmale>();
  for (const b of berichte) for (const [s, m] of Object.entries(b.nachweis?.merkmale ?? {})) if (!index.has(s)) index.set(s, m);
  return index;
}

function vergleichePaar(
  pfad: string | null,
  alt: Bericht,
  neu: Bericht,
  altIndex: ReadonlyMap<string, Merkmale> | undefined,
  neuIndex: ReadonlyMap<string, Merkmale> | undefined,
): Extract<Berichtsvergleich, { art: 'verglichen' }> {
  if (alt.datei.schema !== neu.datei.schema) {
    throw new CliFehler(
      `${alt.datei.datei} (${alt.datei.schema}) und ${neu.datei.datei} (${neu.datei.schema}) gehören zu verschiedenen Berichtsformaten; verglichen werden nur Berichte desselben Formats.`,
      { exitCode: EXIT.eingabe },
    );
  }
  const vergleich = vergleicheKennzahlen(alt.datei, neu.datei);
  if (alt.nachweis && neu.nachweis) {
    const quelle = (n: NachweisDatei, alle: ReadonlyMap<string, Merkmale> | undefined): MerkmalQuelle => ({ eigene: n.merkmale, alle });
    begruendeAenderungen(vergleich.geaendert, alt.nachweis, neu.nachweis, { alt: quelle(alt.nachweis, altIndex), neu: quelle(neu.nachweis, neuIndex) });
  }
  const unterschiede =
    alt.datei.berichtsjahr !== neu.datei.berichtsjahr ||
    alt.datei.cluster !== neu.datei.cluster ||
    vergleich.geaendert.length + vergleich.hinzugekommen.length + vergleich.entfallen.length > 0;
  return { art: 'verglichen', pfad, alt: kopf(alt.datei), neu: kopf(neu.datei), vergleich, unterschiede };
}

/** The file system path and the path shown to the user (`out/2019/x/kennzahlen.json`). */
function dateiPfade(wurzel: string, relativ: string): [string, string] {
  const pfad = path.join(wurzel, ...relativ.split('/'));
  return [pfad, pfad.split(path.sep).join('/')];
}

function kopf(datei: KennzahlenDatei): Berichtskopf {
  return { datei: datei.datei, berichtsjahr: datei.berichtsjahr, cluster: datei.cluster };
}
