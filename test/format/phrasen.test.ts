import { describe, expect, it } from 'vitest';
import { anzahl, differenz } from '../../src/format/anzahl.js';
import { aufzaehlung } from '../../src/format/aufzaehlung.js';
import {
  clusterArtWort,
  clusterMitArtikel,
  gross,
  managementBezeichnung,
  managementMitArtikel,
  managementName,
} from '../../src/format/management.js';
import { veraenderung, veraenderungsArt, veraenderungSatz } from '../../src/format/veraenderung.js';
import { marke } from '../../src/nachweis/marke.js';
import type { Cluster } from '../../src/model/typen.js';

const ip: Cluster = { slug: 'industrielle-produktion', name: 'Industrielle Produktion', art: 'teilthema', land: 'berlin', berichtsformat: 'ewm', handlungsfelder: [] };
const op: Cluster = { slug: 'optik-photonik', name: 'Optik und Photonik', art: 'cluster', land: 'gemeinsam', berichtsformat: 'ewm', handlungsfelder: [] };

describe('veraenderung', () => {
  it('says gleich geblieben for equal values, also 0 → 0', () => {
    expect(veraenderung(5, 5)).toBe('gleich geblieben');
    expect(veraenderung(0, 0)).toBe('gleich geblieben');
  });
  it('says erstmals when the previous value was 0 (no division by zero)', () => {
    expect(veraenderung(0, 1)).toBe('erstmals');
    expect(veraenderung(0, 69215000)).toBe('erstmals');
  });
  it('names exact multiples', () => {
    expect(veraenderung(5, 10)).toBe('verdoppelt');
    expect(veraenderung(5, 15)).toBe('verdreifacht');
    expect(veraenderung(1, 4)).toBe('vervierfacht');
    expect(veraenderung(1, 10)).toBe('verzehnfacht');
    expect(veraenderung(1.5, 3)).toBe('verdoppelt');
  });
  it('says mehr als … for non-integer multiples of two and more', () => {
    expect(veraenderung(5, 11)).toBe('mehr als verdoppelt');
    expect(veraenderung(46, 110)).toBe('mehr als verdoppelt');
    expect(veraenderung(5, 16)).toBe('mehr als verdreifacht');
    expect(veraenderung(1, 11)).toBe('mehr als verzehnfacht');
    expect(veraenderung(1, 25)).toBe('mehr als verzehnfacht');
  });
  it('gives percentages below a doubling and for decreases', () => {
    expect(veraenderung(2, 3)).toBe('um 50 Prozent gestiegen');
    expect(veraenderung(16, 13)).toBe('um 19 Prozent gesunken');
    expect(veraenderung(8, 7)).toBe('um 13 Prozent gesunken');
    expect(veraenderung(3, 0)).toBe('um 100 Prozent gesunken');
    expect(veraenderung(1000, 1999)).toBe('um 100 Prozent gestiegen');
  });
  it('never says "um 0 Prozent"', () => {
    expect(veraenderung(1000, 1004)).toBe('um weniger als 1 Prozent gestiegen');
    expect(veraenderung(1000, 996)).toBe('um weniger als 1 Prozent gesunken');
  });
  it('refuses negative values', () => {
    expect(() => veraenderung(-1, 3)).toThrow('nur für Werte ≥ 0');
  });
  it('tells whether the verb is reflexive', () => {
    expect(veraenderungsArt(5, 15)).toEqual({ art: 'vervielfacht', text: 'verdreifacht', reflexiv: true });
    expect(veraenderungsArt(16, 13).reflexiv).toBe(false);
  });
  it('builds the clause for "Damit …"', () => {
    const s = 'die Anzahl der neu initiierten Projekte';
    expect(veraenderungSatz(s, 5, 15)).toBe('hat sich die Anzahl der neu initiierten Projekte im Vergleich zum Vorjahr verdreifacht');
    expect(veraenderungSatz(s, 5, 11)).toBe('hat sich die Anzahl der neu initiierten Projekte im Vergleich zum Vorjahr mehr als verdoppelt');
    expect(veraenderungSatz(s, 16, 13)).toBe('ist die Anzahl der neu initiierten Projekte im Vergleich zum Vorjahr um 19 Prozent gesunken');
    expect(veraenderungSatz(s, 4, 4)).toBe('ist die Anzahl der neu initiierten Projekte im Vergleich zum Vorjahr gleich geblieben');
    expect(veraenderungSatz(s, 0, 15)).toBe('ist die Anzahl der neu initiierten Projekte im Vergleich zum Vorjahr erstmals von null auf 15 gestiegen');
  });
});

describe('anzahl and differenz', () => {
  it('chooses singular or plural', () => {
    expect(anzahl(0, 'Projekt', 'Projekte')).toBe('0 Projekte');
    expect(anzahl(1, 'Projekt', 'Projekte')).toBe('1 Projekt');
    expect(anzahl(2, 'Projekt', 'Projekte')).toBe('2 Projekte');
    expect(anzahl(1234, 'Akteur', 'Akteure')).toBe('1.234 Akteure');
  });
  it('writes one as a word when asked', () => {
    expect(anzahl(1, 'Cross Cluster-Projekt', 'Cross Cluster-Projekte', 'ein')).toBe('ein Cross Cluster-Projekt');
    expect(anzahl(1, 'Sonstige Aktivität', 'Sonstige Aktivitäten', 'eine')).toBe('eine Sonstige Aktivität');
    expect(anzahl(9, 'Cross Cluster-Projekt', 'Cross Cluster-Projekte', 'ein')).toBe('9 Cross Cluster-Projekte');
  });
  it('signs differences as the seed does', () => {
    expect(differenz(64)).toBe('+\u00a064');
    expect(differenz(-3)).toBe('−\u00a03');
    expect(differenz(0)).toBe('±\u00a00');
    expect(differenz(1500)).toBe('+\u00a01.500');
  });
  it('joins lists the German way', () => {
    expect(aufzaehlung([])).toBe('');
    expect(aufzaehlung(['A'])).toBe('A');
    expect(aufzaehlung(['A', 'B'])).toBe('A und B');
    expect(aufzaehlung(['A', 'B', 'C'], 'sowie')).toBe('A, B sowie C');
  });
});

describe('management names', () => {
  it('distinguishes Teilthemen- and Clustermanagement by art', () => {
    expect(managementBezeichnung(ip)).toBe('Teilthemenmanagement');
    expect(managementBezeichnung(op)).toBe('Clustermanagement');
    expect(clusterArtWort(ip)).toBe('Teilthema');
    expect(clusterArtWort(op)).toBe('Cluster');
  });
  it('names the management as on the cover', () => {
    expect(managementName(ip)).toBe('Industrielle Produktion Berlin');
    expect(managementName(op)).toBe('Cluster Optik und Photonik');
    expect(managementName({ ...ip, land: 'brandenburg' })).toBe('Industrielle Produktion Brandenburg');
    expect(managementName({ ...op, land: 'brandenburg', name: 'Metall' })).toBe('Cluster Metall');
  });
  it('declines the article', () => {
    expect(gross(clusterMitArtikel(ip))).toBe('Das Teilthema Industrielle Produktion');
    expect(gross(clusterMitArtikel(op))).toBe('Das Cluster Optik und Photonik');
    // a sentence that starts with a marked "ein" (a count of 1): the word is capitalised, not the mark's key
    expect(gross(`${marke('projekte.neu.2019.status.regulaer_beendet', 'ein')} Projekt`)).toBe(`${marke('projekte.neu.2019.status.regulaer_beendet', 'Ein')} Projekt`);
    expect(clusterMitArtikel(ip, 'genitiv')).toBe('des Teilthemas Industrielle Produktion');
    expect(clusterMitArtikel(op, 'dativ')).toBe('dem Cluster Optik und Photonik');
    expect(managementMitArtikel(op, 'dativ')).toBe('dem Clustermanagement Optik und Photonik');
    expect(managementMitArtikel(ip, 'genitiv')).toBe('des Teilthemenmanagements Industrielle Produktion');
  });
});
