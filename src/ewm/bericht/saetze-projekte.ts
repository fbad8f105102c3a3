import { anzahl } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { betragText } from '../../format/betrag-text.js';
import { gross, managementMitArtikel } from '../../format/management.js';
import { prozentAus } from '../../format/prozent.js';
import { veraenderungSatz } from '../../format/veraenderung.js';
import { zitat } from '../../format/zitat.js';
import type { ProjektStatus } from '../model/typen.js';
import { STATUS_BESCHRIFTUNG } from '../beschriftungen.js';
import { type SatzKontext, vgl } from './satz-kontext.js';

/** "15 Projekte", "ein Projekt"; `ein` is the word for a count of 1, marked with its key (`kx.marke`). */
const projekte = (n: number, ein: string): string => anzahl(n, 'Projekt', 'Projekte', ein);

/** Chapter 3.1, first paragraph: projects begleitet and neu initiiert, and the change to the previous year. */
export function satzNeueProjekte(kx: SatzKontext): string {
  const { jahr } = kx;
  const sB = `projekte.begleitet.${jahr}`;
  const sN = `projekte.neu.${jahr}`;
  const b = kx.k(sB);
  const n = kx.k(sN);
  const vorjahr = kx.k(`projekte.neu.${jahr - 1}`);
  const mgmt = managementMitArtikel(kx.cluster);
  const abb = `(${vgl('Abbildung', 1)})`;
  let erster: string;
  if (b === 0) erster = `Im Berichtsjahr ${jahr} hat ${mgmt} keine Projekte begleitet ${abb}.`;
  else if (b === 1) {
    const wie = n === 1 ? 'das im Jahresverlauf neu initiiert worden war' : 'das bereits vor dem Berichtsjahr initiiert worden war';
    erster = `Im Berichtsjahr ${jahr} hat ${mgmt} insgesamt ${projekte(b, kx.marke(sB, 'ein'))} begleitet, ${wie} ${abb}.`;
  } else if (n === b) {
    erster = `Im Berichtsjahr ${jahr} hat ${mgmt} insgesamt ${projekte(b, kx.marke(sB, 'ein'))} begleitet, die alle im Jahresverlauf neu initiiert worden waren ${abb}.`;
  } else if (n === 0) {
    erster = `Im Berichtsjahr ${jahr} hat ${mgmt} insgesamt ${projekte(b, kx.marke(sB, 'ein'))} begleitet, von denen keines im Jahresverlauf neu initiiert worden war ${abb}.`;
  } else {
    erster = `Im Berichtsjahr ${jahr} hat ${mgmt} insgesamt ${projekte(b, kx.marke(sB, 'ein'))} begleitet, von denen ${projekte(n, kx.marke(sN, 'ein'))} im Jahresverlauf neu initiiert worden ${n === 1 ? 'war' : 'waren'} ${abb}.`;
  }
  return `${erster} Damit ${veraenderungSatz('die Anzahl der neu initiierten Projekte', vorjahr, n)}.`;
}

/** The clause of each status for `n` projects; `ein` is the marked word for n = 1 ("ein Antrag" is an article). */
const STATUS_SATZ: Record<ProjektStatus, (n: number, ein: string) => string> = {
  regulaer_beendet: (n, ein) => `${projekte(n, ein)} ${n === 1 ? 'war' : 'waren'} bereits regulär beendet`,
  begonnen_laufend: (n, ein) => `${projekte(n, ein)} ${n === 1 ? 'befand' : 'befanden'} sich in der Umsetzung (${zitat(STATUS_BESCHRIFTUNG.begonnen_laufend)})`,
  antrag_gestellt: (n, ein) => (n === 1 ? `für ${ein} Projekt war ein Antrag gestellt` : `für ${projekte(n, ein)} waren Anträge gestellt`),
  in_vorbereitung: (n, ein) => `${projekte(n, ein)} ${n === 1 ? 'befand' : 'befanden'} sich noch in Vorbereitung`,
  abgebrochen: (n, ein) => `${projekte(n, ein)} ${n === 1 ? 'wurde' : 'wurden'} nach dem Stichtag abgebrochen`,
  abgesagt: (n, ein) => `${projekte(n, ein)} ${n === 1 ? 'wurde' : 'wurden'} nach dem Stichtag abgesagt`,
};

/** Chapter 3.1: the status of the new projects when the report was made (empty when there are none). */
export function satzStatus(kx: SatzKontext): string {
  const teile = (Object.keys(STATUS_SATZ) as ProjektStatus[])
    .map((s) => ({ s, schluessel: `projekte.neu.${kx.jahr}.status.${s}` }))
    .map((e) => ({ ...e, n: kx.k(e.schluessel) }))
    .filter((e) => e.n > 0)
    .map((e) => STATUS_SATZ[e.s](e.n, kx.marke(e.schluessel, 'ein')));
  if (teile.length === 0) return '';
  const [erster = '', ...rest] = teile;
  return `Den Status der im Jahr ${kx.jahr} neu initiierten Projekte zum Zeitpunkt der Berichterstellung zeigt ebenfalls Abbildung 1: ${aufzaehlung([gross(erster), ...rest])}.`;
}

/** Chapter 3.1: Projekt- und Fördervolumina, their split, the Berlin-Brandenburg share and the funded share. */
export function saetzeVolumen(kx: SatzKontext): string[] {
  const { jahr } = kx;
  const p = (s: string, j = jahr): number => kx.k(`projekte.neu.${j}.${s}`);
  const n = kx.k(`projekte.neu.${jahr}`);
  const pv = p('projektvolumen');
  const pvVorjahr = p('projektvolumen', jahr - 1);
  const abb = `(${vgl('Abbildung', 2)})`;
  if (n === 0) return [`Im Berichtsjahr ${jahr} wurden keine Projekte neu initiiert; Abbildung 2 zeigt daher nur die Volumina der Vorjahre.`];
  // a single new project is named in the singular ("ein Projekt mit einem Volumen von", "dieses Projekts")
  const eines = n === 1;
  if (pv === 0) {
    const fuer = eines ? `das im Berichtsjahr ${jahr} neu initiierte Projekt` : `die im Berichtsjahr ${jahr} neu initiierten Projekte`;
    return [`Für ${fuer} wurde kein Projektvolumen erfasst ${abb}.`];
  }
  const mitVolumen = eines ? `${kx.marke(`projekte.neu.${jahr}`, 'ein')} Projekt mit einem Volumen von` : 'Projekte mit einem Volumen von insgesamt';
  const saetze = [`Im Berichtsjahr ${jahr} hat ${managementMitArtikel(kx.cluster)} ${mitVolumen} ${betragText(pv)} neu initiiert ${abb}.`];
  const real = p('projektvolumen_realisiert');
  const anti = p('projektvolumen_antizipiert');
  const realText = `realisierte Volumina (Projektstatus ${zitat(STATUS_BESCHRIFTUNG.begonnen_laufend)} oder ${zitat(STATUS_BESCHRIFTUNG.regulaer_beendet)})`;
  const antiText = `antizipierte Volumina (Projektstatus ${zitat(STATUS_BESCHRIFTUNG.in_vorbereitung)} oder ${zitat(STATUS_BESCHRIFTUNG.antrag_gestellt)})`;
  // The rest: projects cancelled only after the Stichtag (they still count as new, with their volume).
  const rest = pv - real - anti;
  if (real > 0 && anti > 0) saetze.push(`Davon entfielen ${betragText(real)} auf ${realText} und ${betragText(anti)} auf ${antiText}.`);
  else if (rest > 0 && real > 0) saetze.push(`Davon entfielen ${betragText(real)} auf ${realText}.`);
  else if (rest > 0 && anti > 0) saetze.push(`Davon entfielen ${betragText(anti)} auf ${antiText}.`);
  else if (real > 0) saetze.push(`Es handelte sich ausschließlich um ${realText}.`);
  else if (anti > 0) saetze.push(`Es handelte sich ausschließlich um ${antiText}.`);
  if (rest > 0) {
    saetze.push(
      real > 0 || anti > 0
        ? `Die übrigen ${betragText(rest)} entfielen auf Projekte, die erst nach dem Stichtag abgebrochen oder abgesagt wurden.`
        : eines ? 'Dieses Projekt wurde erst nach dem Stichtag abgebrochen oder abgesagt.' : 'Alle diese Projekte wurden erst nach dem Stichtag abgebrochen oder abgesagt.',
    );
  }
  const fv = p('foerdervolumen');
  if (fv > 0) saetze.push(`Das Fördervolumen ${eines ? 'dieses Projekts' : 'dieser Projekte'} belief sich auf ${betragText(fv)}.`);
  const pvVorjahrText = pvVorjahr > 0 ? ` (${jahr - 1}: ${betragText(pvVorjahr)})` : '';
  saetze.push(`Damit ${veraenderungSatz('das Projektvolumen der neu initiierten Projekte', pvVorjahr, pv, betragText(pv))}${pvVorjahrText}.`);
  const bb = prozentAus(p('projektvolumen_bb'), pv);
  saetze.push(
    fv > 0
      ? `Auf Akteure aus Berlin-Brandenburg entfielen ${bb} Prozent des Projektvolumens und ${prozentAus(p('foerdervolumen_bb'), fv)} Prozent des Fördervolumens.`
      : `Auf Akteure aus Berlin-Brandenburg entfielen ${bb} Prozent des Projektvolumens.`,
  );
  const anteil = prozentAus(p('projektvolumen_gefoerdert'), pv);
  const subjekt = 'Der Anteil des Projektvolumens, für das eine öffentliche Förderung sichergestellt oder angestrebt wurde,';
  if (pvVorjahr === 0) saetze.push(`${subjekt} lag im Jahr ${jahr} bei ${anteil} Prozent.`);
  else {
    const vorher = prozentAus(p('projektvolumen_gefoerdert', jahr - 1), pvVorjahr);
    saetze.push(
      vorher === anteil
        ? `${subjekt} lag wie im Vorjahr bei ${anteil} Prozent.`
        : `${subjekt} ist von ${vorher} Prozent im Vorjahr auf ${anteil} Prozent im Jahr ${jahr} ${anteil > vorher ? 'gestiegen' : 'gesunken'}.`,
    );
  }
  return saetze;
}
