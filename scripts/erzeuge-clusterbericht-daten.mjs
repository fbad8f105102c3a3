// Writes the sample data of the clusterbericht format into <ziel>/clusterbericht/ (the nine tables) as an
// analyst's German Excel export: German column labels, `;`, UTF-8 with BOM, CRLF, amounts like 9.841.000.000,00,
// dates dd.mm.yyyy, booleans ja/nein. Deterministic. scripts/erzeuge-beispieldaten.mjs calls it (and lists the
// management in cluster.json); alone: node scripts/erzeuge-clusterbericht-daten.mjs [zielordner]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as j2014 from './clusterbericht/sondermaschinen-2014.mjs';
import * as j2015 from './clusterbericht/sondermaschinen-2015.mjs';

const CLUSTER = 'Sondermaschinen- und Anlagenbau';

/** The management's cluster.json entry: format, Land and what the cover shows. */
export const CLUSTERBERICHT_MANAGEMENT = {
  slug: 'sondermaschinen-anlagenbau', name: CLUSTER, art: 'cluster', land: 'sachsen-anhalt', berichtsformat: 'clusterbericht',
  traeger: ['tti Technologietransfer und Innovationsförderung Magdeburg GmbH', 'Bruno-Wille-Str. 9', '39108 Magdeburg'],
  bearbeiter: ['Dr.-Ing. Günter Ihlow', 'Dr.-Ing. Michael Klaeger'],
  internet: 'www.cluster-smab.de',
  handlungsfelder: [],
};

/** Column label → how the cell is written. */
const text = (v) => v ?? '';
const zahl = (v) => (v === undefined ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
const betrag = (v) => {
  if (v === undefined) return '';
  const cent = Math.round(v * 100);
  return `${zahl(Math.floor(cent / 100))},${String(cent % 100).padStart(2, '0')}`;
};
const dezimal = (v) => (v === undefined ? '' : String(v).replace('.', ','));
const datum = (iso) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '');
const ja = (v) => (v ? 'ja' : 'nein');
const LABEL = {
  netzwerk: 'Netzwerk', netzwerkansatz: 'Netzwerkansatz', laufend: 'laufend', abgeschlossen: 'abgeschlossen',
  it_analyse: 'IT-Analyse', qualitaetsmanagement: 'Qualitätsmanagement', energieaudit: 'Energieaudit', beratung: 'Beratung', sonstige: 'sonstige',
  tagung: 'Tagung', workshop: 'Workshop', arbeitskreis: 'Arbeitskreis', messe: 'Messe', dialog: 'Dialog', schulung: 'Schulung',
  veranstalter: 'Veranstalter', mitveranstalter: 'Mitveranstalter', unterstuetzer: 'Unterstützer', aussteller: 'Aussteller',
  grw_zuschuss: 'GRW-Zuschuss', bankfinanzierung: 'Bankfinanzierung', eigenmittel: 'Eigenmittel',
  gmbh: 'GmbH', ug: 'UG', ag: 'AG', gbr: 'GbR', einzelunternehmen: 'Einzelunternehmen',
};
const aufz = (v) => (v === undefined ? '' : LABEL[v]);

const jahrSpalten = [['Cluster', 'cluster', text], ['Jahr', 'jahr', String]];
const TABELLEN = {
  eckdaten: [...jahrSpalten, ['Mitgliedsunternehmen', 'mitgliedsunternehmen', zahl], ['Personal (Mannjahre)', 'personal_mannjahre', dezimal],
    ['Kosten', 'kosten', betrag], ['Finanzierung', 'finanzierung', text]],
  branche: [...jahrSpalten, ['Segment', 'segment', text], ['Bezeichnung', 'bezeichnung', text], ['Bezugsjahr', 'bezugsjahr', String],
    ['Unternehmen', 'unternehmen', zahl], ['Beschäftigte', 'beschaeftigte', zahl], ['Umsatz', 'umsatz', betrag],
    ['Exportanteil (%)', 'exportanteil', dezimal], ['Quelle', 'quelle', text]],
  netzwerke: [...jahrSpalten, ['Name', 'name', text], ['Art', 'art', aufz], ['Unternehmen', 'unternehmen', zahl],
    ['Forschungseinrichtungen', 'forschungseinrichtungen', zahl], ['Seit', 'seit', datum], ['Status', 'status', aufz], ['Beschreibung', 'beschreibung', text]],
  forschungsthemen: [...jahrSpalten, ['Titel', 'titel', text], ['Volumen', 'volumen', betrag]],
  schutzrechte: [...jahrSpalten, ['Unternehmen', 'unternehmen', text], ['Gegenstand', 'gegenstand', text], ['Schutzrechtsanmeldung', 'anmeldung', ja],
    ['Beispiel im Bericht', 'beispiel', ja], ['Ergebnis', 'ergebnis', text]],
  leistungen: [...jahrSpalten, ['Leistung', 'art', aufz], ['Unternehmen', 'unternehmen', text]],
  veranstaltungen: [['Cluster', 'cluster', text], ['Titel', 'titel', text], ['Beginn', 'beginn', datum], ['Ende', 'ende', datum], ['Art', 'art', aufz],
    ['Rolle', 'rolle', aufz], ['Teilnehmende', 'teilnehmende', zahl], ['Ort', 'ort', text], ['Hervorheben', 'hervorheben', ja]],
  investitionen: [...jahrSpalten, ['Unternehmen', 'unternehmen', text], ['Ort', 'ort', text], ['Volumen', 'volumen', betrag], ['Finanzierung', 'finanzierung', aufz]],
  gruendungen: [...jahrSpalten, ['Gründungsort', 'ort', text], ['Geschäftszweck', 'geschaeftszweck', text], ['Rechtsform', 'rechtsform', aufz]],
};

const zelle = (v) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes the nine tables into `<ziel>/clusterbericht/`; returns the row counts. */
export function schreibeClusterberichtDaten(ziel) {
  const ordner = join(ziel, 'clusterbericht');
  mkdirSync(ordner, { recursive: true });
  const anzahl = {};
  for (const [name, spalten] of Object.entries(TABELLEN)) {
    const zeilen = [...j2014[name], ...j2015[name]].map((z) => ({ cluster: CLUSTER, ...z }));
    const text = [spalten.map(([label]) => label), ...zeilen.map((z) => spalten.map(([, feld, f]) => f(z[feld])))]
      .map((z) => z.map(zelle).join(';')).join('\r\n');
    writeFileSync(join(ordner, `${name}.csv`), `\uFEFF${text}\r\n`);
    anzahl[name] = zeilen.length;
  }
  return anzahl;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ziel = process.argv[2] ?? 'data';
  const anzahl = schreibeClusterberichtDaten(ziel);
  console.log(`${ziel}/clusterbericht: ${Object.entries(anzahl).map(([t, n]) => `${n} ${t}`).join(', ')}`);
}
