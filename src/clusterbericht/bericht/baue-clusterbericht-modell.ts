/** The template context of the clusterbericht: cover, contents with page numbers, every chapter's sentences, lists and texts. */
import type { Kennzahlen } from '../../bericht/berichtsformat.js';
import { marke, ohneMarke } from '../../nachweis/marke.js';
import type { ClusterberichtTexte } from '../texte/lade-clusterbericht-texte.js';
import type { ClusterberichtTabellen } from '../typen.js';
import type { BerichtKontext } from './bericht-kontext.js';
import { clusterberichtKapitel, inhaltsverzeichnis } from './kapitel.js';
import { landName } from './land-name.js';
import { markiereClusterSaetze } from './markiere-cluster-saetze.js';
import { saetzeForschung, saetzeGeschaeftsverkehr, saetzeNetzwerke, saetzeRahmenbedingungen, saetzeSchutzrechte, saetzeVorbemerkung } from './saetze-kapitel-1-2.js';
import { saetzeGruendungen, saetzeInvestitionen, saetzeManagementsysteme, saetzeVeranstaltungen } from './saetze-kapitel-3-6.js';

/** What the cover and the PDF metadata show about the management (from its cluster.json entry). */
export interface Deckblatt {
  /** Names of the authors ("Bearbeiter"). */
  bearbeiter: string[];
  /** The Träger of the cluster management with its address, one line each. */
  traeger: string[];
  /** Internet address, e.g. `www.cluster-smab.de`. */
  internet?: string;
}

/** Everything the clusterbericht is built from. */
export interface ClusterberichtEingabe {
  daten: ClusterberichtTabellen;
  cluster: { slug: string; name: string; land: string };
  deckblatt: Deckblatt;
  jahr: number;
  kennzahlen: Kennzahlen;
  texte: ClusterberichtTexte;
  /** Mark every computed number with its keys (the HTML file; the PDF with --nachweis). */
  markieren?: boolean;
}

/** Builds the context for templates/clusterbericht; `seiten` maps heading text → PDF page (empty on the first pass). */
export function baueClusterberichtModell(e: ClusterberichtEingabe, seiten: ReadonlyMap<string, number>): Record<string, unknown> {
  const c: BerichtKontext = {
    daten: e.daten, cluster: e.cluster.slug, name: e.cluster.name, land: landName(e.cluster.land), jahr: e.jahr, k: e.kennzahlen,
    marke: e.markieren === true ? marke : ohneMarke,
  };
  const kapitel = clusterberichtKapitel(e.jahr);
  const m = <T>(bau: (c: BerichtKontext) => T): T => markiereClusterSaetze(c, bau, e.markieren === true);
  const saetze = {
    vorbemerkung: m(saetzeVorbemerkung),
    rahmenbedingungen: m(saetzeRahmenbedingungen),
    netzwerke: m(saetzeNetzwerke),
    forschung: m(saetzeForschung),
    schutzrechte: m(saetzeSchutzrechte),
    geschaeftsverkehr: m(saetzeGeschaeftsverkehr),
    managementsysteme: m(saetzeManagementsysteme),
    investitionen: m(saetzeInvestitionen),
    veranstaltungen: m(saetzeVeranstaltungen),
    gruendungen: m(saetzeGruendungen),
  };
  return {
    dokumentTitel: `Jahresbericht ${e.jahr} – Cluster ${e.cluster.name}`,
    beschreibung: `Jahresbericht ${e.jahr} des Clustermanagements ${e.cluster.name}`,
    autor: e.deckblatt.traeger[0] ?? '',
    titelseite: {
      titel: `Jahresbericht ${e.jahr}`,
      cluster: `Cluster ${e.cluster.name}`,
      bearbeiter: e.deckblatt.bearbeiter.length > 0 ? `Bearbeiter: ${e.deckblatt.bearbeiter.join(', ')}` : '',
      traeger: e.deckblatt.traeger,
      internet: e.deckblatt.internet,
    },
    inhalt: inhaltsverzeichnis(kapitel, seiten),
    kapitel,
    ...saetze,
    texte: e.texte,
  };
}
