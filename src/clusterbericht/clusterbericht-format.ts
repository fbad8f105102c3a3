import type { Berichtsformat } from '../bericht/berichtsformat.js';
import { vorlagenOrdner } from '../bericht/vorlagen-ordner.js';
import { gemeinsamOrdner } from '../vorlagen/gemeinsam-ordner.js';
import { baueClusterberichtHtml } from './bericht/baue-clusterbericht-html.js';
import { berechneClusterberichtBelege } from './kennzahlen/berechne-clusterbericht-belege.js';
import { berechneClusterberichtKennzahlen } from './kennzahlen/berechne-clusterbericht-kennzahlen.js';
import { clusterberichtDefinition } from './kennzahlen/clusterbericht-definition.js';
import { clusterberichtNachweis } from './kennzahlen/clusterbericht-nachweis.js';
import { CLUSTERBERICHT_SCHEMA, serialisiereClusterberichtKennzahlen } from './kennzahlen/serialisiere-clusterbericht-kennzahlen.js';
import { clusterberichtTabellen } from './pruefen/clusterbericht-tabellen.js';
import { ladeClusterberichtTexte, type ClusterberichtTexte } from './texte/lade-clusterbericht-texte.js';
import type { ClusterberichtDaten } from './typen.js';

/** The annual report of a cluster management (model: Cluster Sondermaschinen- und Anlagenbau, Sachsen-Anhalt, 2015). */
export const clusterberichtFormat: Berichtsformat<ClusterberichtTexte, ClusterberichtDaten> = {
  id: 'clusterbericht',
  tabellen: clusterberichtTabellen,
  kennzahlenSchema: CLUSTERBERICHT_SCHEMA,
  // Every management of this format with at least one row in the report year.
  berichtet: (daten, jahr) => {
    const mitZeilen = new Set<string>();
    for (const tabelle of [daten.eckdaten, daten.branche, daten.netzwerke, daten.forschungsthemen, daten.schutzrechte, daten.leistungen, daten.investitionen, daten.gruendungen]) {
      for (const z of tabelle) if (z.jahr === jahr) mitZeilen.add(z.cluster);
    }
    for (const v of daten.veranstaltungen) if (v.beginn.startsWith(`${jahr}-`)) mitZeilen.add(v.cluster);
    return daten.cluster.filter((c) => c.berichtsformat === 'clusterbericht' && mitZeilen.has(c.slug)).map((c) => c.slug);
  },
  inhalt: {
    mit: 'mit mindestens einer Zeile ihrer Tabellen im Berichtsjahr',
    ohne: (jahr) => `im Berichtsjahr ${jahr} keine einzige Zeile in den Tabellen unter clusterbericht/`,
  },
  berechneKennzahlen: berechneClusterberichtKennzahlen,
  berechneNachweis: (daten, cluster, jahr) => clusterberichtNachweis(berechneClusterberichtBelege(daten, cluster, jahr), jahr, cluster),
  definition: clusterberichtDefinition,
  serialisiereKennzahlen: serialisiereClusterberichtKennzahlen,
  abbildungen: () => [],
  ladeTexte: (verzeichnis, jahr, cluster, kennzahlen) => ladeClusterberichtTexte(verzeichnis, jahr, cluster, kennzahlen ?? {}),
  baueHtml: (e, seiten) => baueClusterberichtHtml({
    daten: e.daten, jahr: e.jahr, kennzahlen: e.kennzahlen, texte: e.texte, markieren: e.markieren === true,
    cluster: { slug: e.cluster.slug, name: e.cluster.name, land: e.cluster.land },
    deckblatt: { bearbeiter: e.cluster.bearbeiter ?? [], traeger: e.cluster.traeger ?? [], internet: e.cluster.internet },
  }, e.css, seiten),
  metadaten: (cluster, jahr) => ({
    titel: `Jahresbericht ${jahr} – Cluster ${cluster.name}`,
    thema: `Jahresbericht ${jahr} des Clustermanagements ${cluster.name}: Netzwerke, Forschung, Schutzrechte, Dienstleistungen, Investitionen, Veranstaltungen und Gründungen`,
    schluesselwoerter: ['Clustermanagement', 'Jahresbericht', cluster.name, String(jahr)],
    ...(cluster.traeger?.[0] !== undefined ? { autor: cluster.traeger[0] } : {}),
  }),
  // The tables and texts in the data folder, and the template pack with the shared stylesheets.
  eingaben: ({ datenVerzeichnis }) => [
    { name: 'daten', pfad: datenVerzeichnis, art: 'ordner' },
    { name: 'vorlagen/clusterbericht', pfad: vorlagenOrdner('clusterbericht'), art: 'ordner' },
    { name: 'vorlagen/gemeinsam', pfad: gemeinsamOrdner(vorlagenOrdner('clusterbericht')), art: 'ordner' },
  ],
};
