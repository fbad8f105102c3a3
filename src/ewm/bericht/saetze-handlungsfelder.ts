import { differenz } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { veraenderungSatz } from '../../format/veraenderung.js';
import { zitat } from '../../format/zitat.js';
import { handlungsfelderIm, type SatzKontext, spitze, vgl } from './satz-kontext.js';

/** Which Vorhaben: projects (Abbildung 4) or Sonstige Aktivitäten (Abbildung 7). */
type Art = 'projekte' | 'aktivitaeten';

const WORTE = {
  projekte: {
    abbildung: 4, plural: 'neu initiierten Projekte', dativ: 'Projekten',
    einzeln: (jahr: number) => `Das im Berichtsjahr ${jahr} neu initiierte Projekt`,
  },
  aktivitaeten: {
    abbildung: 7, plural: 'neu initiierten Sonstigen Aktivitäten', dativ: 'Sonstigen Aktivitäten',
    einzeln: (jahr: number) => `Die im Berichtsjahr ${jahr} neu initiierte Sonstige Aktivität`,
  },
} as const;

/** Chapter 3.1 / 3.2: the leading Handlungsfeld of the year and how the fields changed against the previous year. */
export function saetzeHandlungsfelder(kx: SatzKontext, art: Art): string[] {
  const { jahr } = kx;
  const w = WORTE[art];
  const n = kx.k(`${art}.neu.${jahr}`);
  const nVorjahr = kx.k(`${art}.neu.${jahr - 1}`);
  const felder = handlungsfelderIm(kx.cluster, jahr);
  const wert = (slug: string, j: number): number => kx.k(`${art}.neu.${j}.handlungsfeld.${slug}`);
  const abb = vgl('Abbildung', w.abbildung);
  if (n === 0) return [`Im Berichtsjahr ${jahr} gab es keine ${w.plural}; Abbildung ${w.abbildung} zeigt die Verteilung des Vorjahres.`];

  const jetzt = spitze(felder, (h) => wert(h.slug, jahr));
  const namen = aufzaehlung(jetzt.sieger.map((h) => zitat(h.name)));
  const anteil = `${jetzt.sieger.length > 1 ? 'je ' : ''}${jetzt.n} von ${n}`;
  let erster: string;
  // a single new Vorhaben has no "meisten": it "entfiel auf" its field
  if (n === 1) erster = `${w.einzeln(jahr)} entfiel auf das Handlungsfeld ${namen} (${abb}).`;
  else if (jetzt.sieger.length === 1) erster = `Die meisten der im Berichtsjahr ${jahr} ${w.plural} entfielen auf das Handlungsfeld ${namen} (${anteil}; ${abb}).`;
  else erster = `Die meisten der im Berichtsjahr ${jahr} ${w.plural} entfielen zu gleichen Teilen auf die Handlungsfelder ${namen} (${anteil}; ${abb}).`;
  const saetze = [erster];
  const einziges = jetzt.sieger.length === 1 ? jetzt.sieger[0] : undefined;
  if (einziges && nVorjahr > 0) {
    const vorher = wert(einziges.slug, jahr - 1);
    const gabEsVorher = handlungsfelderIm(kx.cluster, jahr - 1).some((h) => h.slug === einziges.slug);
    if (!gabEsVorher) saetze.push(`Das Handlungsfeld wird seit ${jahr} geführt.`);
    else if (vorher === 0) saetze.push(`Im Vorjahr war in diesem Handlungsfeld noch kein Vorhaben neu initiiert worden.`);
    else saetze.push(`Damit ${veraenderungSatz('die Anzahl in diesem Handlungsfeld', vorher, jetzt.n)} (${jahr - 1}: ${vorher}).`);
  }
  if (nVorjahr > 0) {
    const alleFelder = [...felder, ...handlungsfelderIm(kx.cluster, jahr - 1).filter((h) => !felder.some((f) => f.slug === h.slug))];
    const wechsel = alleFelder
      .map((h) => ({ h, d: wert(h.slug, jahr) - wert(h.slug, jahr - 1) }))
      .filter((e) => e.d !== 0 && e.h.slug !== einziges?.slug)
      .map((e) => `${zitat(e.h.name)} ${differenz(e.d)}`);
    // "übrigen" only after a single leading field's own change; fields sharing the lead are listed with the rest
    if (wechsel.length > 0 && einziges) {
      saetze.push(`In den übrigen Handlungsfeldern veränderte sich die Anzahl gegenüber dem Vorjahr wie folgt: ${aufzaehlung(wechsel)}.`);
    } else if (wechsel.length > 0) {
      saetze.push(`Gegenüber dem Vorjahr veränderte sich die Anzahl je Handlungsfeld wie folgt: ${aufzaehlung(wechsel)}.`);
    }
  }
  return saetze;
}

