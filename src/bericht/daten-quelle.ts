import { rm } from 'node:fs/promises';
import path from 'node:path';
import { CliFehler, EXIT, type Problem } from '../fehler.js';
import { DATENSTAND_DATEI, type DatenStandSchluessel } from '../manifest/daten-stand.js';
import { FEHLT, hasheEingaben } from '../manifest/hashe-eingaben.js';
import { jsonGleich } from '../manifest/json-gleich.js';
import { leseDatenStand } from '../manifest/lese-daten-stand.js';
import { datenStandText } from '../manifest/schreibe-daten-stand.js';
import type { Cluster, Datenbestand } from '../model/typen.js';
import { ladeDaten, type LadeOptionen } from '../pruefen/lade-daten.js';
import type { Berichtsformat } from './berichtsformat.js';
import { formatDaten } from './format-daten.js';
import { formatNichtGeladen } from './format-nicht-geladen.js';

/**
 * The data of a run as the reports need it: the registry and which managements each format reports on at
 * once, the validated tables on demand (a current report needs only the registry). `lade` reads and
 * validates the data folder on its first call, unless that happened already.
 */
export interface DatenAufAbruf {
  cluster: readonly Cluster[];
  /** The managements `format` reports on in the year (`Berichtsformat.berichtet`). */
  berichtet(format: Berichtsformat): readonly string[];
  lade(): Promise<Datenbestand>;
  /** The files of the data folder as hashed before they were read (absolute path → sha256), for the reports' manifests. */
  bekannteHashes?: ReadonlyMap<string, string>;
}

/** A valid data folder: the data on demand, its warnings and hints, and the record of its check for the next run. */
export interface DatenQuelle extends DatenAufAbruf {
  /** Warnings and hints of the data (no errors). */
  probleme: Problem[];
  /** True when the record of an earlier run held and the tables were not read. */
  ausStand: boolean;
  /**
   * Where the record of the check belongs (`<ausgabe>/<jahr>/.datenstand.json`) and its text; undefined when this
   * check cannot be recorded (a file it read was not among the hashed ones, or the folder could not be hashed).
   */
  stand?: { datei: string; text: string };
}

export interface DatenQuellenAuftrag {
  datenVerzeichnis: string;
  ausgabe: string;
  jahr: number;
  formate: readonly Berichtsformat[];
  ladeOptionen: LadeOptionen;
  /** Tool version and code hash (on a record, awaited only once its data and options match). */
  werkzeug: Promise<{ version: string; sha256: string }>;
  /** Check the data even when the record holds (--immer). */
  immer?: boolean;
}

/**
 * The data of a run. When the record of the last check in `<ausgabe>/<jahr>/` has the same key (every file of
 * the data folder, tool, options, year), its registry, reports and warnings are used and the tables are read only
 * if a report must be rendered; otherwise the folder is read and validated now. Invalid data: `{ probleme }`.
 */
export async function holeDatenQuelle(auftrag: DatenQuellenAuftrag): Promise<DatenQuelle | { probleme: Problem[] }> {
  const datei = path.join(auftrag.ausgabe, String(auftrag.jahr), DATENSTAND_DATEI);
  const lies = (): ReturnType<typeof ladeDaten> => ladeDaten(auftrag.datenVerzeichnis, auftrag.formate, auftrag.ladeOptionen);
  // A folder that cannot be hashed (an unreadable stray file) is simply not recorded; reading reports what matters.
  const eingaben = hasheEingaben([{ name: 'daten', pfad: auftrag.datenVerzeichnis, art: 'ordner' }]).catch(() => undefined);
  const optionen = optionenSchluessel(auftrag);

  if (auftrag.immer !== true) {
    const [stand, hashes] = await Promise.all([leseDatenStand(datei), eingaben]);
    const gilt =
      stand !== undefined &&
      hashes !== undefined &&
      jsonGleich(stand.optionen, optionen) &&
      jsonGleich(stand.eingaben, hashes) &&
      benoetigt(stand.cluster, auftrag).every((id) => stand.formate.includes(id)) &&
      jsonGleich(stand.werkzeug, await auftrag.werkzeug);
    if (gilt) {
      let geladen: Promise<Datenbestand> | undefined;
      // The same files no longer validate (cannot happen unless the record is wrong): it goes, the next run checks again.
      const verwirf = async (probleme: Problem[]): Promise<never> => {
        await rm(datei, { force: true }).catch(() => undefined);
        return ungueltig(auftrag.datenVerzeichnis, probleme);
      };
      return {
        cluster: stand.cluster,
        berichtet: (format) => stand.berichtet[format.id] ?? formatNichtGeladen(format),
        lade: () => (geladen ??= lies().then(({ daten, probleme }) => daten ?? verwirf(probleme))),
        probleme: stand.probleme,
        bekannteHashes: nachPfad(auftrag.datenVerzeichnis, hashes),
        ausStand: true,
        stand: { datei, text: datenStandText(stand) },
      };
    }
  }

  // Hashed before the tables are read: a file changed meanwhile makes the record miss next time, never hold wrongly.
  const hashes = await eingaben;
  const { daten, probleme, dateien, geleseneFormate = [] } = await lies();
  if (daten === undefined) return { probleme };
  const berichtet: Record<string, string[]> = {};
  for (const format of auftrag.formate) if (daten.formate.has(format.id)) berichtet[format.id] = format.berichtet(formatDaten(daten, format), auftrag.jahr);
  const warnungen = probleme.filter((p) => p.schwere !== 'fehler');
  // Recorded only when every file the check read is among the hashed ones (not, e.g., a logo in a dot folder).
  const gelesen = [...dateien, ...(daten.bericht.logos ?? []).map((l) => l.datei)];
  const erfasst = hashes !== undefined && gelesen.every((d) => gehasht(hashes, d));
  return {
    cluster: daten.cluster,
    berichtet: (format) => berichtet[format.id] ?? formatNichtGeladen(format),
    lade: () => Promise.resolve(daten),
    probleme: warnungen,
    bekannteHashes: hashes !== undefined ? nachPfad(auftrag.datenVerzeichnis, hashes) : undefined,
    ausStand: false,
    stand: erfasst
      ? {
          datei,
          text: datenStandText({ werkzeug: await auftrag.werkzeug, optionen, eingaben: hashes, formate: geleseneFormate, cluster: daten.cluster, berichtet, probleme: warnungen }),
        }
      : undefined,
  };
}

/** The hashes of the data folder (`daten/relative/path` → sha256) by absolute path. */
function nachPfad(verzeichnis: string, hashes: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(hashes).map(([schluessel, hash]) => [path.resolve(verzeichnis, schluessel.slice('daten/'.length)), hash]));
}

/** Whether `relativ` (a path inside the data folder as the reader names it) has a hash in `hashes`. */
function gehasht(hashes: Record<string, string>, relativ: string): boolean {
  const schluessel = `daten/${path.posix.normalize(relativ.replace(/\\/g, '/')).replace(/^\.\//, '')}`;
  return hashes[schluessel] !== undefined && hashes[schluessel] !== FEHLT;
}

/** The formats whose tables this run needs: the one `nurFormatVon` names for the registry, else every one in use. */
function benoetigt(cluster: readonly Cluster[], auftrag: DatenQuellenAuftrag): string[] {
  const inGebrauch = [...new Set(cluster.map((c) => c.berichtsformat))];
  const nur = auftrag.ladeOptionen.nurFormatVon?.(cluster);
  return nur !== undefined && inGebrauch.includes(nur) ? [nur] : inGebrauch;
}

/** The options of the key: the year and what changes reading or validation. */
function optionenSchluessel(auftrag: DatenQuellenAuftrag): DatenStandSchluessel['optionen'] {
  const o = auftrag.ladeOptionen;
  return {
    jahr: auftrag.jahr,
    encoding: o.encoding ?? null,
    trennzeichen: o.trennzeichen ?? null,
    maxDateiBytes: o.maxDateiBytes ?? null,
    berichtsformat: o.berichtsformat ?? null,
  };
}

/** The data folder no longer validates although its files hash as before (read while it was being changed). */
function ungueltig(verzeichnis: string, probleme: Problem[]): never {
  throw new CliFehler(`Die Daten in "${verzeichnis}" sind ungültig; der Bericht wurde nicht erstellt.`, { exitCode: EXIT.eingabe, probleme });
}
