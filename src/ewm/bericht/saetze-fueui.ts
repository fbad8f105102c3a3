import { anzahl } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { veraenderungSatz } from '../../format/veraenderung.js';
import { zitat } from '../../format/zitat.js';
import { FOERDERGEBER, KONSORTIALSTRUKTUREN } from '../model/typen.js';
import { FOERDERGEBER_BESCHRIFTUNG, KONSORTIALSTRUKTUR_BESCHRIFTUNG } from '../beschriftungen.js';
import { type SatzKontext, spitze, vgl } from './satz-kontext.js';

/** "von 11 FuEuI-Projekten" / "von einem FuEuI-Projekt" (dative); `einem` is the word for n = 1, marked with its key. */
function vonFueui(n: number, einem: string): string {
  return n === 1 ? `von ${einem} FuEuI-Projekt` : `von ${n} FuEuI-Projekten`;
}

/** Chapter 3.1: FuEuI count, change, Konsortialstruktur and Fördergeber (Abbildung 3). */
export function saetzeFueui(kx: SatzKontext): string[] {
  const { jahr } = kx;
  const n = kx.k(`projekte.neu.${jahr}`);
  const sF = `projekte.neu.${jahr}.fueui`;
  const sFVorjahr = `projekte.neu.${jahr - 1}.fueui`;
  const f = kx.k(sF);
  const fVorjahr = kx.k(sFVorjahr);
  const vonF = vonFueui(f, kx.marke(sF, 'einem'));
  const vonFVorjahr = vonFueui(fVorjahr, kx.marke(sFVorjahr, 'einem'));
  const abb = vgl('Abbildung', 3);
  if (n === 0) return [`Im Berichtsjahr ${jahr} wurden keine Projekte und damit auch keine FuEuI-Projekte neu initiiert (${abb}).`];
  const saetze: string[] = [];
  const einleitung = n === 1 ? `Das im Jahr ${jahr} neu initiierte Projekt` : `Von den ${n} im Jahr ${jahr} neu initiierten Projekten`;
  // the single project "war kein …", of several "war keines ein …"
  if (f === 0) saetze.push(`${einleitung} war ${n === 1 ? 'kein' : 'keines ein'} Forschungs-, Entwicklungs- und Innovationsprojekt (FuEuI-Projekt; ${abb}).`);
  else if (n === 1) saetze.push(`${einleitung} war ${kx.marke(sF, 'ein')} Forschungs-, Entwicklungs- und Innovationsprojekt (FuEuI-Projekt; ${abb}).`);
  else {
    const was = anzahl(f, 'Forschungs-, Entwicklungs- und Innovationsprojekt', 'Forschungs-, Entwicklungs- und Innovationsprojekte', kx.marke(sF, 'ein'));
    saetze.push(`${einleitung} ${f === 1 ? 'war' : 'waren'} ${was} (${f === 1 ? 'FuEuI-Projekt' : 'FuEuI-Projekte'}; ${abb}).`);
  }
  const fVorjahrText = fVorjahr > 0 ? ` (${jahr - 1}: ${anzahl(fVorjahr, 'FuEuI-Projekt', 'FuEuI-Projekte')})` : '';
  saetze.push(`Damit ${veraenderungSatz('die Anzahl der neu initiierten FuEuI-Projekte', fVorjahr, f)}${fVorjahrText}.`);
  if (f === 0) return saetze;

  const struktur = (j: number) =>
    spitze(KONSORTIALSTRUKTUREN, (s) => kx.k(`projekte.neu.${j}.fueui.konsortialstruktur.${s}`));
  const jetzt = struktur(jahr);
  if (jetzt.sieger.length === 1) {
    saetze.push(`Häufigste Konsortialstruktur war ${zitat(KONSORTIALSTRUKTUR_BESCHRIFTUNG[jetzt.sieger[0]!])} (${jetzt.n} ${vonF}).`);
  } else if (jetzt.sieger.length > 1) {
    const namen = aufzaehlung(jetzt.sieger.map((s) => zitat(KONSORTIALSTRUKTUR_BESCHRIFTUNG[s])));
    saetze.push(`Am häufigsten waren die Konsortialstrukturen ${namen} (je ${jetzt.n} ${vonF}).`);
  }
  const vorher = struktur(jahr - 1);
  if (vorher.sieger.length > 0 && jetzt.sieger.length > 0) {
    const gleich = vorher.sieger.length === jetzt.sieger.length && vorher.sieger.every((s) => jetzt.sieger.includes(s));
    const namen = aufzaehlung(vorher.sieger.map((s) => zitat(KONSORTIALSTRUKTUR_BESCHRIFTUNG[s])));
    const je = vorher.sieger.length > 1 ? 'je ' : '';
    saetze.push(
      gleich
        ? `Das entspricht dem Bild des Vorjahres (${jahr - 1}: ${je}${vorher.n} ${vonFVorjahr}).`
        : `Im Vorjahr hatte dagegen ${namen} überwogen (${je}${vorher.n} ${vonFVorjahr}).`,
    );
  }

  const geber = FOERDERGEBER.map((g) => ({ g, n: kx.k(`projekte.neu.${jahr}.fueui.foerdergeber.${g}`) }))
    .filter((e) => e.n > 0)
    .sort((a, b) => b.n - a.n);
  const [erster] = geber;
  if (erster) {
    const vorn = geber.filter((e) => e.n === erster.n);
    const rest = geber.filter((e) => e.n !== erster.n).map((e) => `${zitat(FOERDERGEBER_BESCHRIFTUNG[e.g])} (${e.n})`);
    const kopf =
      vorn.length === 1
        ? `Bei den Fördergebern lag ${zitat(FOERDERGEBER_BESCHRIFTUNG[erster.g])} vorn (${erster.n} ${vonF})`
        : `Bei den Fördergebern lagen ${aufzaehlung(vorn.map((e) => zitat(FOERDERGEBER_BESCHRIFTUNG[e.g])))} gleichauf (je ${erster.n} ${vonF})`;
    saetze.push(rest.length > 0 ? `${kopf}, gefolgt von ${aufzaehlung(rest)}.` : `${kopf}.`);
  }
  return saetze;
}
