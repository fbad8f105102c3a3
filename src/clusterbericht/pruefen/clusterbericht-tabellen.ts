/**
 * The clusterbericht tables for the generic loader: the nine tables of `<daten>/clusterbericht/`, each row
 * converted by the generic converter, checked by its row rules, and unique where the contract says so
 * (one `eckdaten` row and one `segment` per cluster and year).
 */
import type { Problem } from '../../fehler.js';
import { herkunftVon, ortText, ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import type { Herkunftsort } from '../../model/typen.js';
import type { FormatTabellen, TabellenSammler } from '../../pruefen/format-tabellen.js';
import { findeCluster, type ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import { CLUSTERBERICHT_TABELLEN } from '../tabellen.js';
import type { ClusterberichtDaten, ClusterberichtTabelle, ClusterberichtTabellen } from '../typen.js';
import { konvertiereZeile } from '../../pruefen/konvertiere-zeile.js';
import { MC } from './meldungen.js';
import { pruefeClusterberichtZeile } from './pruefe-clusterbericht-zeile.js';

/** The folder of the tables inside the data folder. */
export const CLUSTERBERICHT_ORDNER = 'clusterbericht';

export const clusterberichtTabellen: FormatTabellen<ClusterberichtDaten> = {
  ordner: CLUSTERBERICHT_ORDNER,
  tabellen: CLUSTERBERICHT_TABELLEN,
  sammler: clusterberichtSammler,
};

function clusterberichtSammler(kontext: ClusterKontext, probleme: Problem[]): TabellenSammler<ClusterberichtDaten> {
  const daten: ClusterberichtTabellen = {
    eckdaten: [], branche: [], netzwerke: [], forschungsthemen: [], schutzrechte: [], leistungen: [], veranstaltungen: [], investitionen: [], gruendungen: [],
  };
  const eckdatenJe = new Map<string, Herkunftsort>();
  const segmentJe = new Map<string, Herkunftsort>();
  return {
    zeile(name, z, fehlend) {
      const tabelle = CLUSTERBERICHT_TABELLEN.find((t) => t.name === name);
      if (tabelle === undefined) return;
      const { werte, ok } = konvertiereZeile(tabelle, z, kontext, fehlend, probleme);
      if (!ok) return;
      const satz = pruefeClusterberichtZeile(tabelle.name, werte, z, probleme);
      if (satz === undefined) return;
      const cluster = findeCluster(kontext, String(werte.cluster))?.name ?? String(werte.cluster);
      const jahr = werte.jahr as number;
      if (tabelle.name === 'eckdaten' && !einmalig(eckdatenJe, `${String(werte.cluster)}|${jahr}`, z, 'jahr', probleme, (erste) => MC.eckdatenDoppelt(cluster, jahr, erste))) return;
      if (tabelle.name === 'branche') {
        const segment = String(werte.segment);
        if (!einmalig(segmentJe, `${String(werte.cluster)}|${jahr}|${segment}`, z, 'segment', probleme, (erste) => MC.segmentDoppelt(segment, cluster, jahr, erste))) return;
      }
      (daten[tabelle.name as ClusterberichtTabelle] as unknown[]).push(satz);
    },
    abschluss: (_dateien, _vollstaendig, basis) => ({ ...daten, ...basis }),
  };
}

/** Registers `schluessel`; a repeat is an error on `spalte` naming the first row. */
function einmalig(gesehen: Map<string, Herkunftsort>, schluessel: string, z: RohZeile, spalte: string, probleme: Problem[], meldung: (erste: string) => string): boolean {
  const vorher = gesehen.get(schluessel);
  if (vorher !== undefined) {
    probleme.push({ schwere: 'fehler', ...ortVon(z, spalte), meldung: meldung(ortText(vorher)) });
    return false;
  }
  gesehen.set(schluessel, herkunftVon(z));
  return true;
}
