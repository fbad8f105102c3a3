import { anzahl, differenz } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { prozentAus } from '../../format/prozent.js';
import { GROESSENKLASSEN } from '../model/typen.js';
import { GROESSENKLASSE_BESCHRIFTUNG } from '../beschriftungen.js';
import { AKTEURS_GRUPPEN } from './akteurs-gruppen.js';
import { type SatzKontext, vgl } from './satz-kontext.js';

/** "110 Akteure", "ein Akteur"; `ein` is the word for a count of 1, marked with its key. */
const akteure = (n: number, ein: string): string => anzahl(n, 'Akteur', 'Akteure', ein);
const einheit = (d: number): string => `${differenz(d)} ${Math.abs(d) === 1 ? 'Akteur' : 'Akteure'}`;

/** Chapter 3.3, Herkunft: total actors, change, projects only, and where they are seated (Abbildung 8). */
export function saetzeHerkunft(kx: SatzKontext): string[] {
  const { jahr } = kx;
  const sZ = `akteure.${jahr}`;
  const sZV = `akteure.${jahr - 1}`;
  const z = kx.k(sZ);
  const zV = kx.k(sZV);
  const abb = `(${vgl('Abbildung', 8)})`;
  const subjekt = 'Die Anzahl der an den neu initiierten Projekten und Sonstigen Aktivitäten beteiligten Akteure';
  const saetze: string[] = [];
  if (zV === 0) {
    saetze.push(`An den im Berichtsjahr ${jahr} neu initiierten Projekten und Sonstigen Aktivitäten ${z === 1 ? 'war' : 'waren'} ${z === 0 ? 'keine Akteure' : akteure(z, kx.marke(sZ, 'ein'))} beteiligt ${abb}; im Vorjahr waren es keine.`);
  } else if (z === zV) {
    saetze.push(`${subjekt} lag im Berichtsjahr ${jahr} wie im Vorjahr bei ${z} ${abb}.`);
  } else {
    const d = z - zV;
    saetze.push(`${subjekt} ist von ${zV} im Jahr ${jahr - 1} auf ${z} im Berichtsjahr ${jahr} ${d > 0 ? 'gestiegen' : 'gesunken'} ${abb}.`);
    saetze.push(`Das entspricht ${d > 0 ? 'einem Zuwachs' : 'einem Rückgang'} um ${akteure(Math.abs(d), kx.marke([sZV, sZ], 'einen', 'aus'))} bzw. ${prozentAus(Math.abs(d), zV)} Prozent.`);
  }
  const sZp = `akteure.${jahr}.projekte`;
  const zp = kx.k(sZp);
  const zpV = kx.k(`akteure.${jahr - 1}.projekte`);
  if (z > 0) saetze.push(`An den neu initiierten Projekten allein ${zp === 1 ? 'war' : 'waren'} ${zp === 0 ? 'keine Akteure' : akteure(zp, kx.marke(sZp, 'ein'))} beteiligt (${jahr - 1}: ${zpV}).`);
  if (z === 0) return saetze;
  const b = kx.k(`akteure.${jahr}.herkunft.berlin`);
  const bb = kx.k(`akteure.${jahr}.herkunft.brandenburg`);
  const e = kx.k(`akteure.${jahr}.herkunft.extern`);
  if (z === 1 && b + bb + e === 1) {
    // a single actor has no "Mehrheit": it had its seat in one place
    const wo = b === 1 ? 'in Berlin' : bb === 1 ? 'in Brandenburg' : 'außerhalb der beiden Länder (externer Akteur)';
    saetze.push(`Seinen Hauptsitz hatte der beteiligte Akteur ${wo}.`);
    return saetze;
  }
  saetze.push(`Ihren Hauptsitz hatten ${b} der beteiligten Akteure in Berlin, ${bb} in Brandenburg und ${e} außerhalb der beiden Länder (externe Akteure).`);
  if (2 * b > z) saetze.push('Die Mehrheit der beteiligten Akteure stammte damit aus Berlin.');
  else if (2 * bb > z) saetze.push('Die Mehrheit der beteiligten Akteure stammte damit aus Brandenburg.');
  else if (2 * e > z) saetze.push('Die Mehrheit der beteiligten Akteure hatte ihren Sitz damit außerhalb der Hauptstadtregion.');
  return saetze;
}

/** Chapter 3.3, Akteurstypen: which groups drove the change, company sizes, groups taking part for the first time (Tabelle 3). */
export function saetzeAkteurstypen(kx: SatzKontext): string[] {
  const { jahr } = kx;
  const d = kx.k(`akteure.${jahr}`) - kx.k(`akteure.${jahr - 1}`);
  const tab = vgl('Tabelle', 3);
  const gruppen = AKTEURS_GRUPPEN.map((g) => ({ g, jetzt: g.wert(kx, jahr, ''), vorher: g.wert(kx, jahr - 1, '') }))
    .map((e) => ({ ...e, d: e.jetzt - e.vorher }));
  const saetze: string[] = [];
  if (d !== 0) {
    const gleicheRichtung = gruppen.filter((e) => Math.sign(e.d) === Math.sign(d)).sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
    const [erste, zweite] = gleicheRichtung;
    if (erste) {
      const wort = d > 0 ? 'Zuwachs' : 'Rückgang';
      const anzahlWort = d > 0 ? 'gestiegene' : 'gesunkene';
      saetze.push(`Der ${wort} der beteiligten Akteure (${einheit(d)}) geht vor allem auf die ${anzahlWort} Anzahl beteiligter ${erste.g.genitiv} zurück (${einheit(erste.d)}; ${tab}).`);
      if (zweite && zweite.d !== erste.d) {
        saetze.push(`Auch die Anzahl beteiligter ${zweite.g.genitiv} ist ${d > 0 ? 'gestiegen' : 'gesunken'} (${einheit(zweite.d)}).`);
      }
    }
  } else {
    saetze.push(`Die Gesamtzahl der beteiligten Akteure ist gegenüber dem Vorjahr gleich geblieben; die Verteilung auf die Akteurstypen zeigt Tabelle 3.`);
  }
  const klassen = GROESSENKLASSEN.map((g) => ({
    g,
    d: kx.k(`akteure.${jahr}.unternehmen.groessenklasse.${g}`) - kx.k(`akteure.${jahr - 1}.unternehmen.groessenklasse.${g}`),
  })).sort((a, b) => b.d - a.d);
  const staerkste = klassen[0];
  if (staerkste && staerkste.d > 0 && klassen[1]?.d !== staerkste.d) {
    saetze.push(`Unter den Unternehmen legten vor allem jene mit ${GROESSENKLASSE_BESCHRIFTUNG[staerkste.g]}n zu (${einheit(staerkste.d)}).`);
  }
  const erstmals = gruppen.filter((e) => e.vorher === 0 && e.jetzt > 0).map((e) => e.g.plural);
  if (erstmals.length > 0 && kx.k(`akteure.${jahr - 1}`) > 0) {
    saetze.push(`Erstmals beteiligt waren im Berichtsjahr ${jahr} ${aufzaehlung(erstmals, 'sowie')}.`);
  }
  return saetze;
}
