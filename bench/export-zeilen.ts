/**
 * Row builders of the synthetic EWM export: one function per table, each turning a row index and a
 * PRNG into one CSV line (German Excel dialect, labels instead of slugs, CRLF). Every row is valid by
 * construction: Handlungsfelder valid in the start year, amounts within their bounds, conditional
 * fields present, no lead cluster among the Beteiligte Cluster, unique ids, parents with lower index.
 */
import { anzahlDe, betragDe, datumDe, jahrVon, tagVon, zelle } from './deutsche-werte.js';
import type { Zufall } from './zufall.js';

export const ZEILENENDE = '\r\n';

/** What the builders need to know about cluster.json. */
export interface Welt {
  cluster: { name: string; felderProJahr: Map<number, string[]> }[];
  /** Number of actors (ids A-000001 … ). */
  akteure: number;
}

/** First and last day a Vorhaben may start on (2014-01-01 … 2021-12-31). */
export const ERSTER_TAG = tagVon(2014, 1, 1);
export const LETZTER_TAG = tagVon(2021, 12, 31);
export const ERSTES_JAHR = 2014;
export const LETZTES_JAHR = 2021;

export const KOPF = {
  projekte:
    'ID;Titel;Cluster/Teilthema;Beteiligte Cluster;Handlungsfeld;Laufzeitbeginn;Laufzeitende;Status;Status seit;Projektvolumen;' +
    'Projektvolumen Berlin-Brandenburg;Fördervolumen;Fördervolumen Berlin-Brandenburg;Fördergeber;Förderprogramm;FuEuI-Projekt;' +
    'Konsortialstruktur;Leitlinien;Schwerpunkt-Themen',
  aktivitaeten:
    'ID;Titel;Cluster/Teilthema;Beteiligte Cluster;Handlungsfeld;Beginn;Ende;Format;Status;Status seit;Teilnehmende;' +
    'Standardaktivität;Leitlinien;Schwerpunkt-Themen',
  akteure: 'ID;Name;Typ;Sitz;Beschäftigte;Größenklasse;Übergeordnete Organisation',
  beteiligungen: 'Vorhaben-ID;Akteur-ID',
} as const;

/** Ids: projects `P-0000001`, activities `S-0000001` (disjoint), actors `A-000001`. */
export const projektId = (i: number): string => `P-${String(i + 1).padStart(7, '0')}`;
export const aktivitaetId = (i: number): string => `S-${String(i + 1).padStart(7, '0')}`;
export const akteurId = (i: number): string => `A-${String(i + 1).padStart(6, '0')}`;

const WORT_A = ['Vernetzte', 'Digitale', 'Adaptive', 'Ressourcenschonende', 'Intelligente', 'Modulare', 'Hybride', 'Offene', 'Grüne', 'Flexible', 'Sichere', 'Regionale'];
const WORT_B = ['Fertigung', 'Qualitätsprüfung', 'Wärmespeicherung', 'Lieferkette', 'Lasertechnik', 'Versorgung', 'Mobilität', 'Sensorik', 'Datenplattform', 'Kreislaufführung', 'Weiterbildung', 'Gründerförderung'];
const WORT_C = ['für KMU', 'im Mittelstand', 'in Brandenburg', 'in Berlin', '4.0', 'im Quartier', 'für Kliniken', 'an der Oder', 'mit KI', 'für Häfen'];
const FIRMA = ['Müller', 'Schröder', 'Weiß', 'Krüger', 'Hoffmann', 'Böhm', 'Jäger', 'Lehmann', 'Köhler', 'Schulz', 'Groß', 'Wagner'];
const BRANCHE = ['Präzisionstechnik', 'Anlagenbau', 'Photonik', 'Software', 'Medizintechnik', 'Logistik', 'Energiesysteme', 'Lebensmittel', 'Kunststofftechnik', 'Beratung'];

const STATUS = [['begonnen/laufend', 35], ['regulär beendet', 35], ['in Vorbereitung', 8], ['Antrag gestellt', 10], ['abgebrochen', 6], ['abgesagt', 6]] as const;
const FOERDERGEBER = [['Land Berlin', 25], ['Land Brandenburg', 20], ['Bund', 25], ['EU', 10], ['sonstige', 5], ['keine öffentliche Förderung', 15]] as const;
const PROGRAMME = ['ProFIT', 'GRW', 'KMU-innovativ', 'ZIM', 'Horizont 2020', 'BIG', 'Transfer BONUS'];
const KONSORTIUM = [
  'Einzelvorhaben eines Unternehmens', 'Einzelvorhaben einer Forschungseinrichtung', 'Verbundprojekt unter Beteiligung mehrerer Unternehmen',
  'Verbundprojekt unter Beteiligung von Unternehmen und Hochschulen/Forschungseinrichtungen', 'Verbundprojekt mehrerer Forschungseinrichtungen', 'sonstiges Verbundprojekt',
];
const LEITLINIEN = ['Innovation breiter denken', 'Cross Cluster stärken', 'Innovationsprozesse weiter öffnen', 'Nachhaltigkeit', 'Internationaler aufstellen'];
const SCHWERPUNKTE = ['Digitalisierung', 'Reallabore und Testfelder', 'Arbeit 4.0 und Fachkräfte', 'Startups und Gründungen'];
const FORMATE = [['Konferenz', 15], ['Forum', 15], ['Workshop', 30], ['Veranstaltungsreihe', 8], ['Messe', 10], ['Marketing', 10], ['Fachkräftegewinnung, -bindung und -entwicklung', 7], ['sonstiges', 5]] as const;
const TYPEN = [['Unternehmen', 60], ['Hochschule', 8], ['Forschungsinstitut', 12], ['Verein', 6], ['Netzwerk', 4], ['Landkreis/Kommune', 4], ['öffentliche Verwaltung', 4], ['sonstige', 2]] as const;
const SITZE = [['Berlin', 45], ['Brandenburg', 35], ['extern', 20]] as const;

/** A title; about 1 % carry `"` and `;` (quoted cells), 0.1 % a line break inside the cell. */
function titel(z: Zufall, i: number): string {
  const t = `${z.wahl(WORT_A)} ${z.wahl(WORT_B)} ${z.wahl(WORT_C)} ${i + 1}`;
  if (z.chance(0.01)) return `Workshop "${t}; Praxis"`;
  if (z.chance(0.001)) return `${t}\nTeil 2`;
  return t;
}

/** Cluster index, its Handlungsfeld name valid in the start year, and other involved clusters. */
function zuordnung(z: Zufall, welt: Welt, beginn: number, pBeteiligt: number): { cluster: string; feld: string; beteiligte: string } {
  const c = z.ganz(welt.cluster.length);
  const lead = welt.cluster[c] as Welt['cluster'][number];
  const feld = z.wahl(lead.felderProJahr.get(jahrVon(beginn)) as string[]);
  const andere: string[] = [];
  if (z.chance(pBeteiligt)) {
    const k = z.zwischen(1, 2);
    for (let j = 0; j < k; j++) {
      const o = z.ganz(welt.cluster.length);
      const name = (welt.cluster[o] as Welt['cluster'][number]).name;
      if (o !== c && !andere.includes(name)) andere.push(name);
    }
  }
  return { cluster: lead.name, feld, beteiligte: andere.join('|') };
}

function liste(z: Zufall, p: number, werte: readonly string[]): string {
  if (!z.chance(p)) return '';
  const a = z.wahl(werte);
  const b = z.wahl(werte);
  return a === b || z.chance(0.5) ? a : `${a}|${b}`;
}

/** Share of `wert` between 50 % and 100 %, in whole cents. */
function anteil(z: Zufall, wert: number, von = 0.5): number {
  return Math.floor(wert * (von + z.zahl() * (1 - von)));
}

/** One projekte line. */
export function projektZeile(i: number, z: Zufall, welt: Welt): string {
  const beginn = z.zwischen(ERSTER_TAG, LETZTER_TAG);
  const { cluster, feld, beteiligte } = zuordnung(z, welt, beginn, 0.2);
  const status = z.gewichtet(STATUS);
  let ende = '';
  if (status === 'regulär beendet' || (status === 'begonnen/laufend' && z.chance(0.5))) ende = datumDe(beginn + z.zwischen(60, 1500));
  const seit = status === 'abgebrochen' || status === 'abgesagt' ? datumDe(beginn + z.zwischen(0, 400)) : '';
  // Volume between 50.000 € and 20 Mio. €, log-uniform; 30 % with cents.
  const pv = Math.round(50_000 * 400 ** z.zahl()) * 100 + (z.chance(0.3) ? z.ganz(100) : 0);
  const geber = z.gewichtet(FOERDERGEBER);
  const keine = geber === 'keine öffentliche Förderung';
  const fv = keine ? 0 : z.chance(0.05) ? 0 : anteil(z, pv, 0.3);
  const fvText = keine ? (z.chance(0.3) ? '0,00' : '') : fv === 0 ? '' : betragDe(fv);
  const pvBb = z.chance(0.5) ? betragDe(anteil(z, pv)) : '';
  const fvBb = fv > 0 && z.chance(0.5) ? betragDe(anteil(z, fv)) : '';
  const programm = !keine && z.chance(0.7) ? z.wahl(PROGRAMME) : '';
  const fueui = z.chance(0.55);
  const konsortium = fueui ? z.wahl(KONSORTIUM) : '';
  return [
    projektId(i), zelle(titel(z, i)), cluster, beteiligte, feld, datumDe(beginn), ende, status, seit, betragDe(pv), pvBb,
    fvText, fvBb, geber, programm, fueui ? 'ja' : 'nein', konsortium, liste(z, 0.25, LEITLINIEN), liste(z, 0.25, SCHWERPUNKTE),
  ].join(';') + ZEILENENDE;
}

/** One aktivitaeten line. */
export function aktivitaetZeile(i: number, z: Zufall, welt: Welt): string {
  const beginn = z.zwischen(ERSTER_TAG, LETZTER_TAG);
  const { cluster, feld, beteiligte } = zuordnung(z, welt, beginn, 0.15);
  const ende = z.chance(0.6) ? datumDe(beginn + z.zwischen(0, 90)) : '';
  const status = z.gewichtet([['durchgeführt', 75], ['', 10], ['geplant', 10], ['abgesagt', 5]] as const);
  const seit = status === 'abgesagt' ? datumDe(beginn - z.zwischen(0, 60)) : '';
  const teilnehmende = z.chance(0.6) ? anzahlDe(z.zwischen(5, 1500)) : '';
  return [
    aktivitaetId(i), zelle(titel(z, i)), cluster, beteiligte, feld, datumDe(beginn), ende, z.gewichtet(FORMATE), status, seit,
    teilnehmende, z.chance(0.5) ? 'nein' : '', liste(z, 0.2, LEITLINIEN), liste(z, 0.2, SCHWERPUNKTE),
  ].join(';') + ZEILENENDE;
}

const KLASSEN = [[9, '1-9'], [49, '10-49'], [249, '50-249'], [Infinity, '250+']] as const;

/** One akteure line; about 8 % point to a parent with a lower index (so there are no cycles). */
export function akteurZeile(i: number, z: Zufall): string {
  const typ = z.gewichtet(TYPEN);
  const name = typ === 'Unternehmen' ? `${z.wahl(FIRMA)} ${z.wahl(BRANCHE)} GmbH ${i + 1}` : `${typ} ${z.wahl(FIRMA)}-${z.wahl(BRANCHE)} ${i + 1}`;
  let beschaeftigte = '';
  let klasse = '';
  if (typ === 'Unternehmen') {
    const n = Math.max(1, Math.round(2000 ** z.zahl()));
    const art = z.zahl();
    if (art < 0.85) beschaeftigte = anzahlDe(n);
    if (art >= 0.6) klasse = (KLASSEN.find(([max]) => n <= max) as (typeof KLASSEN)[number])[1];
  }
  const parent = i > 0 && z.chance(0.08) ? akteurId(z.ganz(i)) : '';
  return [akteurId(i), zelle(name), typ, z.gewichtet(SITZE), beschaeftigte, klasse, parent].join(';') + ZEILENENDE;
}

/**
 * The beteiligungen lines of one Vorhaben: `k` distinct actors, skewed towards low ids (a few very
 * active organisations, a long tail), as one string.
 */
export function beteiligungsZeilen(vorhaben: string, k: number, z: Zufall, welt: Welt): string {
  const gewaehlt: number[] = [];
  let versuche = 0;
  while (gewaehlt.length < Math.min(k, welt.akteure) && versuche++ < 50) {
    const a = Math.floor(welt.akteure * z.zahl() ** 1.6);
    if (!gewaehlt.includes(a)) gewaehlt.push(a);
  }
  let text = '';
  for (const a of gewaehlt) text += `${vorhaben};${akteurId(a)}${ZEILENENDE}`;
  return text;
}
