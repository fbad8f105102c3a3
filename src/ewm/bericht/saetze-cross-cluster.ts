import { anzahl, differenz } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { managementMitArtikel } from '../../format/management.js';
import { prozentAus } from '../../format/prozent.js';
import { andereCluster, richtungWort, type SatzKontext, spitze, vgl } from './satz-kontext.js';

type Art = 'projekte' | 'aktivitaeten';

/** Marks the word of a count of 1 ("ein", "eine") with the count's key. */
type Marke = (wort: string) => string;

/** Nouns and figure numbers of the two kinds of Vorhaben. */
const W = {
  projekte: {
    abbildung: 5, tabelle: 1,
    einheit: (n: number) => (n === 1 ? 'Projekt' : 'Projekte'),
    cc: (n: number, marke: Marke) => anzahl(n, 'Cross Cluster-Projekt', 'Cross Cluster-Projekte', marke('ein')),
    keinCc: 'kein Cross Cluster-Projekt',
    einzeln: (jahr: number) => `Das im Jahr ${jahr} neu initiierte Projekt war`,
    plural: 'Projekte', ccPlural: 'Cross Cluster-Projekte', dativ: 'neu initiierten Projekten', ccDativ: 'Cross Cluster-Projekten',
    zusatz: '',
  },
  aktivitaeten: {
    abbildung: 6, tabelle: 2,
    einheit: (n: number) => (n === 1 ? 'Sonstige Aktivität' : 'Sonstige Aktivitäten'),
    cc: (n: number, marke: Marke) => anzahl(n, 'Cross Cluster-Sonstige Aktivität', 'Cross Cluster-Sonstige Aktivitäten', marke('eine')),
    keinCc: 'keine Cross Cluster-Sonstige Aktivität',
    einzeln: (jahr: number) => `Die im Jahr ${jahr} neu initiierte Sonstige Aktivität war`,
    plural: 'Sonstigen Aktivitäten', ccPlural: 'Cross Cluster-Sonstigen Aktivitäten', dativ: 'neu initiierten Sonstigen Aktivitäten', ccDativ: 'Cross Cluster-Sonstigen Aktivitäten',
    zusatz: ', die gemeinsam mit anderen Cluster- und Teilthemenmanagements durchgeführt wurden',
  },
} as const;

/** "13 Beteiligungen", "eine Beteiligung"; `eine` is the word for a count of 1, marked with its keys. */
const beteiligungen = (n: number, eine: string): string => anzahl(n, 'Beteiligung', 'Beteiligungen', eine);

/** Chapter 3.1 / 3.2: how many new Vorhaben were Cross Cluster and how count and share changed. */
export function saetzeCrossCluster(kx: SatzKontext, art: Art): string[] {
  const { jahr } = kx;
  const w = W[art];
  const n = kx.k(`${art}.neu.${jahr}`);
  const sC = `${art}.neu.${jahr}.crosscluster`;
  const c = kx.k(sC);
  const ccMarke: Marke = (wort) => kx.marke(sC, wort);
  const nV = kx.k(`${art}.neu.${jahr - 1}`);
  const cV = kx.k(`${art}.neu.${jahr - 1}.crosscluster`);
  const abb = vgl('Abbildung', w.abbildung);
  if (n === 0) return [`Im Berichtsjahr ${jahr} gab es keine neu initiierten ${w.plural} und damit auch keine ${w.ccPlural} (${abb}).`];
  let erster: string;
  if (n === 1) erster = `${w.einzeln(jahr)} ${c === 1 ? w.cc(1, ccMarke) : w.keinCc} (${abb}).`;
  else if (c === 0) erster = `Unter den ${n} im Jahr ${jahr} ${w.dativ} war ${w.keinCc} (${abb}).`;
  else {
    const zusatz = c === 1 ? w.zusatz.replace('wurden', 'wurde') : w.zusatz;
    erster = `Unter den ${n} im Jahr ${jahr} ${w.dativ} ${c === 1 ? 'war' : 'waren'} ${w.cc(c, ccMarke)}${zusatz} (${abb}).`;
  }
  const saetze = [erster];
  if (nV === 0) {
    saetze.push(`Im Vorjahr waren keine ${w.plural} neu initiiert worden, sodass sich kein Anteil vergleichen lässt.`);
    return saetze;
  }
  const p = prozentAus(c, n);
  const pV = prozentAus(cV, nV);
  const dAnzahl = Math.sign(c - cV);
  const dAnteil = Math.sign(p - pV);
  const anzahlKlammer = c === cV ? '' : ` (${differenz(c - cV)} ${w.einheit(Math.abs(c - cV))})`;
  const anteilKlammer = ` (von ${pV} % auf ${p} %)`;
  if (dAnzahl === 0 && dAnteil === 0) {
    saetze.push(`Ihre Anzahl und ihr Anteil an den ${w.dativ} (${p} %) sind im Vergleich zum Vorjahr gleich geblieben.`);
  } else if (dAnzahl === dAnteil) {
    saetze.push(`Damit sind im Vergleich zum Vorjahr sowohl ihre Anzahl${anzahlKlammer} als auch ihr Anteil an den ${w.dativ}${anteilKlammer} ${richtungWort(dAnzahl)}.`);
  } else {
    const anteilText = dAnteil === 0 ? ` (${p} %)` : anteilKlammer;
    saetze.push(`Im Vergleich zum Vorjahr ist ihre Anzahl ${richtungWort(dAnzahl)}${anzahlKlammer}, ihr Anteil an den ${w.dativ} dagegen ${richtungWort(dAnteil)}${anteilText}.`);
  }
  return saetze;
}

/** Chapter 3.1 / 3.2: the Beteiligungen of other managements (Tabelle 1 / 2), their sum and the main partners. */
export function saetzeBeteiligungen(kx: SatzKontext, art: Art): string[] {
  const { jahr } = kx;
  const w = W[art];
  const c = kx.k(`${art}.neu.${jahr}.crosscluster`);
  const andere = andereCluster(kx);
  const schluessel = (slug: string, j: number): string => `${art}.neu.${j}.crosscluster.beteiligungen.${slug}`;
  const wert = (slug: string, j: number): number => kx.k(schluessel(slug, j));
  const summe = andere.reduce((s, a) => s + wert(a.slug, jahr), 0);
  const summeV = andere.reduce((s, a) => s + wert(a.slug, jahr - 1), 0);
  const tab = vgl('Tabelle', w.tabelle);
  if (c === 0) {
    // a sum of 1 is the sum of the previous year's participations, as "summieren sich auf 13" is linked
    const eine = kx.marke(andere.map((a) => schluessel(a.slug, jahr - 1)), 'eine', 'aus');
    return summeV > 0 ? [`Im Vorjahr hatte es ${beteiligungen(summeV, eine)} anderer Cluster und Teilthemen gegeben (${tab}).`] : [];
  }
  const saetze: string[] = [];
  const vergleich =
    summe > c
      ? `; da sich an einem Vorhaben mehrere Managements beteiligen können, übersteigt diese Summe die Anzahl der ${w.ccPlural} (${c}; vgl. Kapitel 2)`
      : '';
  saetze.push(`Die Beteiligungen anderer Cluster und Teilthemen an den neu initiierten ${w.ccDativ} summieren sich im Jahr ${jahr} auf ${summe} (${tab})${vergleich}.`);
  saetze.push(
    summeV === summe
      ? 'Die Summe der Beteiligungen ist damit gegenüber dem Vorjahr gleich geblieben.'
      : `Im Vorjahr hatte sie bei ${summeV} gelegen (${differenz(summe - summeV)}).`,
  );
  const top = spitze(andere, (a) => wert(a.slug, jahr));
  if (top.sieger.length > 0) {
    const namen = aufzaehlung(top.sieger.map((a) => managementMitArtikel(a)));
    const je = top.sieger.length > 1 ? 'je ' : '';
    const eine = kx.marke(top.sieger.map((a) => schluessel(a.slug, jahr)), 'eine', 'einer');
    saetze.push(`Am häufigsten beteiligt ${top.sieger.length > 1 ? 'waren' : 'war'} ${namen} (${je}${beteiligungen(top.n, eine)}).`);
  }
  const zuwachs = spitze(andere, (a) => wert(a.slug, jahr) - wert(a.slug, jahr - 1));
  if (summeV > 0 && zuwachs.sieger.length === 1) {
    const a = zuwachs.sieger[0]!;
    saetze.push(`Den größten Zuwachs gegenüber dem Vorjahr verzeichnete ${managementMitArtikel(a)} (${differenz(zuwachs.n)} ${zuwachs.n === 1 ? 'Beteiligung' : 'Beteiligungen'}).`);
  }
  return saetze;
}
