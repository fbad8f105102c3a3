import { anzahl } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { managementMitArtikel } from '../../format/management.js';
import { prozentAus } from '../../format/prozent.js';
import { zahl } from '../../format/zahl.js';
import { zitat } from '../../format/zitat.js';
import { AKTIVITAET_FORMATE } from '../model/typen.js';
import { FORMAT_BESCHRIFTUNG } from '../beschriftungen.js';
import { type SatzKontext, spitze, vgl } from './satz-kontext.js';

/** "13 Sonstige Aktivitäten", "eine Sonstige Aktivität"; `eine` is the word for a count of 1, marked with its key. */
const aktivitaeten = (n: number, eine: string): string => anzahl(n, 'Sonstige Aktivität', 'Sonstige Aktivitäten', eine);

/** Chapter 3.2, first paragraph: new Sonstige Aktivitäten, change in number and percent, participants, formats. */
export function saetzeNeueAktivitaeten(kx: SatzKontext): string[] {
  const { jahr } = kx;
  const sA = `aktivitaeten.neu.${jahr}`;
  const sAV = `aktivitaeten.neu.${jahr - 1}`;
  const a = kx.k(sA);
  const aV = kx.k(sAV);
  const mgmt = managementMitArtikel(kx.cluster);
  const abb = `(${vgl('Abbildung', 6)})`;
  const saetze = [
    a === 0
      ? `Im Berichtsjahr ${jahr} hat ${mgmt} keine Sonstigen Aktivitäten neu initiiert ${abb}.`
      : `Im Berichtsjahr ${jahr} hat ${mgmt} insgesamt ${aktivitaeten(a, kx.marke(sA, 'eine'))} neu initiiert ${abb}.`,
  ];
  const d = a - aV;
  if (aV === 0 && a > 0) saetze.push('Im Vorjahr waren noch keine Sonstigen Aktivitäten neu initiiert worden.');
  else if (d === 0 && a > 0) saetze.push('Ihre Anzahl ist damit im Vergleich zum Vorjahr gleich geblieben.');
  else if (d !== 0) {
    // a change of 1 is computed from both years, as its digits would be marked ("um 3", `abgeleiteteWerte`)
    const um = anzahl(Math.abs(d), 'neu initiierte Sonstige Aktivität', 'neu initiierte Sonstige Aktivitäten', kx.marke([sAV, sA], 'eine', 'aus'));
    const p = prozentAus(Math.abs(d), aV);
    const prozentTeil = p === 0 ? 'um weniger als 1 Prozent' : `um ${p} Prozent`;
    saetze.push(`Gegenüber dem Vorjahr bedeutet das ${d > 0 ? 'einen Zuwachs' : 'einen Rückgang'} um ${um} bzw. ${prozentTeil}.`);
  }
  if (a === 0) return saetze;
  const sT = `aktivitaeten.neu.${jahr}.teilnehmende`;
  const t = kx.k(sT);
  if (t > 0) {
    saetze.push(
      t === 1
        ? `An den neu initiierten Sonstigen Aktivitäten nahm insgesamt ${kx.marke(sT, 'eine')} Person teil.`
        : `An den neu initiierten Sonstigen Aktivitäten nahmen insgesamt ${zahl(t)} Personen teil.`,
    );
  }
  const formate = spitze(AKTIVITAET_FORMATE, (f) => kx.k(`aktivitaeten.neu.${jahr}.format.${f}`));
  const von = a === 1 ? `von ${kx.marke(sA, 'einer')}` : `von ${a}`;
  if (formate.sieger.length === 1) {
    saetze.push(`Häufigstes Format war ${zitat(FORMAT_BESCHRIFTUNG[formate.sieger[0]!])} (${formate.n} ${von}).`);
  } else if (formate.sieger.length > 1) {
    const namen = aufzaehlung(formate.sieger.map((f) => zitat(FORMAT_BESCHRIFTUNG[f])));
    saetze.push(`Am häufigsten waren die Formate ${namen} (je ${formate.n} ${von}).`);
  }
  return saetze;
}
