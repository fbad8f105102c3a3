import { formatiereTabelle } from '../ausgabe/formatiere-tabelle.js';
import { formatiereGruende } from './formatiere-gruende.js';
import { formatiereZahl, istBetrag } from './formatiere-zahl.js';
import type { Berichtskopf, Berichtsvergleich, KennzahlenVergleich, Vergleichsergebnis } from './typen.js';

const FEHLT = '–';

/**
 * The comparison as German text for the terminal: who is compared, one aligned table per report
 * with differences (Kennzahl, alt, neu, Änderung, Hinweis), and a summary line.
 */
export function formatiereVergleich(ergebnis: Vergleichsergebnis): string {
  if (ergebnis.modus === 'datei') {
    const [bericht] = ergebnis.berichte;
    if (bericht?.art !== 'verglichen') throw new Error('Vergleich zweier Dateien ohne Ergebnis');
    return [
      'Vergleich der Kennzahlen',
      `  alt: ${beschreibeKopf(bericht.alt)}`,
      `  neu: ${beschreibeKopf(bericht.neu)}`,
      ...clusterHinweis(bericht.alt, bericht.neu),
      '',
      ...berichtsteil(bericht.vergleich, bericht.unterschiede),
    ].join('\n');
  }

  const zeilen = ['Vergleich der Ausgabeordner', `  alt: ${ergebnis.alt}`, `  neu: ${ergebnis.neu}`];
  for (const bericht of ergebnis.berichte) zeilen.push('', ...ordnerteil(bericht));
  zeilen.push('', ordnerZusammenfassung(ergebnis.berichte));
  return zeilen.join('\n');
}

function ordnerteil(bericht: Berichtsvergleich): string[] {
  if (bericht.art === 'hinzugekommen') return [`${bericht.pfad}: Bericht hinzugekommen (nur in neu; ${jahrUndCluster(bericht.neu)}).`];
  if (bericht.art === 'entfallen') return [`${bericht.pfad}: Bericht entfallen (nur in alt; ${jahrUndCluster(bericht.alt)}).`];
  if (!bericht.unterschiede) return [`${bericht.pfad}: ${keineUnterschiede(bericht.vergleich)}`];
  const kopfAbweichend = bericht.alt.berichtsjahr !== bericht.neu.berichtsjahr || bericht.alt.cluster !== bericht.neu.cluster;
  return [
    `${bericht.pfad}`,
    ...(kopfAbweichend ? [`  alt: ${jahrUndCluster(bericht.alt)}`, `  neu: ${jahrUndCluster(bericht.neu)}`] : []),
    ...clusterHinweis(bericht.alt, bericht.neu),
    ...berichtsteil(bericht.vergleich, true),
  ];
}

/** Table and summary of one compared pair. */
function berichtsteil(vergleich: KennzahlenVergleich, unterschiede: boolean): string[] {
  if (!unterschiede) return [keineUnterschiede(vergleich)];
  const zeilen: string[][] = [
    ...vergleich.geaendert.map((k) => {
      const betrag = istBetrag(k.schluessel);
      const prozent = k.prozent === null ? '' : ` (${formatiereProzent(k.prozent, k.differenz)})`;
      return [
        k.schluessel,
        formatiereZahl(k.alt, betrag),
        formatiereZahl(k.neu, betrag),
        `${formatiereZahl(k.differenz, betrag, true)}${prozent}`,
        k.rueckwirkend ? 'rückwirkend geändert' : '',
      ];
    }),
    ...vergleich.hinzugekommen.map((k) => [k.schluessel, FEHLT, formatiereZahl(k.wert, istBetrag(k.schluessel)), '', 'hinzugekommen']),
    ...vergleich.entfallen.map((k) => [k.schluessel, formatiereZahl(k.wert, istBetrag(k.schluessel)), FEHLT, '', 'entfallen']),
  ];
  const tabelle = zeilen.length > 0 ? [formatiereTabelle(['Kennzahl', 'alt', 'neu', 'Änderung', 'Hinweis'], zeilen, [1, 2, 3]), ''] : [];
  const warum = formatiereGruende(vergleich.geaendert);
  return [...tabelle, ...(warum.length > 0 ? ['Warum:', ...warum, ''] : []), zusammenfassung(vergleich)];
}

/** "3 Kennzahlen geändert (davon 1 rückwirkend), 2 hinzugekommen, 1 entfallen, 512 gleich." */
function zusammenfassung(v: KennzahlenVergleich): string {
  const rueckwirkend = v.geaendert.filter((k) => k.rueckwirkend).length;
  const davon = rueckwirkend > 0 ? ` (davon ${rueckwirkend} rückwirkend)` : '';
  return (
    `${anzahl(v.geaendert.length, 'Kennzahl', 'Kennzahlen')} geändert${davon}, ` +
    `${v.hinzugekommen.length} hinzugekommen, ${v.entfallen.length} entfallen, ${v.gleich} gleich.`
  );
}

function keineUnterschiede(v: KennzahlenVergleich): string {
  return `Keine Unterschiede (${anzahl(v.gleich, 'Kennzahl', 'Kennzahlen')} gleich).`;
}

function ordnerZusammenfassung(berichte: Berichtsvergleich[]): string {
  const zaehle = (test: (b: Berichtsvergleich) => boolean): number => berichte.filter(test).length;
  const ohne = zaehle((b) => b.art === 'verglichen' && !b.unterschiede);
  if (ohne === berichte.length) return `Keine Unterschiede (${anzahl(ohne, 'Bericht', 'Berichte')} gleich).`;
  const mit = zaehle((b) => b.art === 'verglichen' && b.unterschiede);
  const hinzu = zaehle((b) => b.art === 'hinzugekommen');
  const weg = zaehle((b) => b.art === 'entfallen');
  return `${anzahl(berichte.length, 'Bericht', 'Berichte')}: ${mit} mit Unterschieden, ${ohne} gleich, ${hinzu} hinzugekommen, ${weg} entfallen.`;
}

function clusterHinweis(alt: Berichtskopf, neu: Berichtskopf): string[] {
  if (alt.cluster === neu.cluster) return [];
  return ['  Hinweis: verschiedene Cluster, rückwirkende Änderungen werden nur innerhalb eines Clusters markiert.'];
}

function beschreibeKopf(k: Berichtskopf): string {
  return `${k.datei} (${jahrUndCluster(k)})`;
}

function jahrUndCluster(k: Berichtskopf): string {
  return `Berichtsjahr ${k.berichtsjahr}, Cluster ${k.cluster}`;
}

/** `+20,0 %`, `-3,5 %`, `+1.150,0 %`; the sign is the difference's, so a tiny rise reads `+0,0 %`. */
function formatiereProzent(prozent: number, differenz: number): string {
  const [ganz = '0', teil = '0'] = Math.abs(prozent).toFixed(1).split('.');
  const zeichen = differenz < 0 ? '-' : '+';
  return `${zeichen}${ganz.replace(/\B(?=(\d{3})+$)/g, '.')},${teil} %`;
}

function anzahl(n: number, einzahl: string, mehrzahl: string): string {
  return `${n} ${n === 1 ? einzahl : mehrzahl}`;
}
