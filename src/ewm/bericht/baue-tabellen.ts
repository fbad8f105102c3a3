import { tabellenZahl } from '../../format/tabellen-zahl.js';
import { zeitraum } from '../../format/zeitraum.js';
import { GROESSENKLASSEN } from '../model/typen.js';
import { GROESSENKLASSE_DAVON_BESCHRIFTUNG } from '../beschriftungen.js';
import { AKTEURS_GRUPPEN } from './akteurs-gruppen.js';
import type { TabellenModell, TabellenZeile } from './ewm-modell.js';
import { andereCluster, type SatzKontext } from './satz-kontext.js';

/**
 * Tabelle 1 (projects, Y−2…Y) or Tabelle 2 (Sonstige Aktivitäten, Y−1…Y): one row per other management
 * with any participation in the years shown, alphabetical, plus "Summe"; zero as an en dash.
 */
export function baueBeteiligungsTabelle(kx: SatzKontext, art: 'projekte' | 'aktivitaeten'): TabellenModell {
  const { jahr } = kx;
  const jahre = art === 'projekte' ? [jahr - 2, jahr - 1, jahr] : [jahr - 1, jahr];
  const nummer = art === 'projekte' ? 1 : 2;
  const was = art === 'projekte' ? 'Cross Cluster-Projekten' : 'Cross Cluster-Sonstigen Aktivitäten';
  const schluessel = (slug: string, j: number): string => `${art}.neu.${j}.crosscluster.beteiligungen.${slug}`;
  const wert = (slug: string, j: number): number => kx.k(schluessel(slug, j));
  const zeilen: TabellenZeile[] = andereCluster(kx)
    .filter((c) => jahre.some((j) => wert(c.slug, j) > 0))
    .map((c) => ({ kopf: c.name, werte: jahre.map((j) => kx.marke(schluessel(c.slug, j), tabellenZahl(wert(c.slug, j)))), art: 'gruppe' }));
  const summen = jahre.map((j) => {
    const n = andereCluster(kx).reduce((s, c) => s + wert(c.slug, j), 0);
    return kx.marke(andereCluster(kx).filter((c) => wert(c.slug, j) > 0).map((c) => schluessel(c.slug, j)), tabellenZahl(n));
  });
  zeilen.push({ kopf: 'Summe', werte: summen, art: 'summe' });
  return {
    nummer,
    id: `tabelle-${nummer}`,
    titel: `Anzahl Beteiligungen anderer Cluster und Teilthemen an den neu initiierten ${was} im Jahresvergleich ${zeitraum(jahre[0]!, jahr)}`,
    kopfzeilen: [{ zellen: [{ text: 'Cluster/Teilthemen', bereich: 'col' }, ...jahre.map((j) => ({ text: String(j), bereich: 'col' as const }))] }],
    zeilen,
  };
}

/**
 * Tabelle 3: actors by type (companies with their four size classes as "davon" rows), columns
 * gesamt Y−1, Y and davon Projekte Y−1, Y; öffentliche Verwaltung and Sonstige only when not zero.
 */
export function baueAkteursTabelle(kx: SatzKontext): TabellenModell {
  const { jahr } = kx;
  const spalten: [number, '' | '.projekte'][] = [[jahr - 1, ''], [jahr, ''], [jahr - 1, '.projekte'], [jahr, '.projekte']];
  const zeilen: TabellenZeile[] = [];
  for (const gruppe of AKTEURS_GRUPPEN) {
    const werte = spalten.map(([j, teil]) => gruppe.wert(kx, j, teil));
    if (!gruppe.immer && werte.every((w) => w === 0)) continue;
    const typSchluessel = (j: number, teil: string): string[] => gruppe.typen.map((t) => `akteure.${j}${teil}.typ.${t}`);
    zeilen.push({ kopf: gruppe.beschriftung, werte: werte.map((w, i) => kx.marke(typSchluessel(...spalten[i]!), tabellenZahl(w))), art: 'gruppe' });
    if (gruppe.typen.includes('unternehmen')) {
      for (const g of GROESSENKLASSEN) {
        const davon = spalten.map(([j, teil]) => `akteure.${j}${teil}.unternehmen.groessenklasse.${g}`);
        zeilen.push({ kopf: GROESSENKLASSE_DAVON_BESCHRIFTUNG[g], werte: davon.map((s) => kx.marke(s, tabellenZahl(kx.k(s)))), art: 'davon' });
      }
    }
  }
  const summen = spalten.map(([j, teil]) => `akteure.${j}${teil}`);
  zeilen.push({ kopf: 'Summe', werte: summen.map((s) => kx.marke(s, tabellenZahl(kx.k(s)))), art: 'summe' });
  return {
    nummer: 3,
    id: 'tabelle-3',
    titel: 'Anzahl beteiligter Akteure an den neu initiierten Projekten und Sonstigen Aktivitäten nach Akteurstypen',
    kopfzeilen: [
      {
        zellen: [
          { text: 'Akteurstyp', zeilen: 2, bereich: 'col' },
          { text: 'Projekte und Sonstige Aktivitäten (gesamt)', spalten: 2, bereich: 'colgroup' },
          { text: 'davon Projekte', spalten: 2, bereich: 'colgroup' },
        ],
      },
      { zellen: spalten.map(([j]) => ({ text: String(j), bereich: 'col' as const })) },
    ],
    zeilen,
  };
}

