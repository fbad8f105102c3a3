/** The fields of an EWM record that decide where it counts, with German labels (for `vergleich`). */
import { datum } from '../../format/datum.js';
import { euroGenau } from '../../format/euro-genau.js';
import type { Akteur } from '../model/typen.js';
import type { Merkmale } from '../../nachweis/typen.js';
import type { Vorhaben } from './beleg.js';
import { centZuEuro } from './cent-zu-euro.js';

const liste = (werte: readonly string[]): string => (werte.length === 0 ? '–' : [...werte].sort().join(', '));
const optional = (wert: string | undefined): string => wert ?? '–';
const janein = (wert: boolean): string => (wert ? 'ja' : 'nein');

/** Merkmale of a project or activity. */
export function merkmaleVon(v: Vorhaben): Merkmale {
  const gemeinsam: Merkmale = {
    Cluster: v.cluster,
    'Beteiligte Cluster': liste(v.beteiligte_cluster),
    Handlungsfeld: v.handlungsfeld,
    Status: v.status,
    'Status seit': v.status_seit === undefined ? '–' : datum(v.status_seit),
    Leitlinien: liste(v.leitlinien),
    'Schwerpunkt-Themen': liste(v.schwerpunktthemen),
  };
  if ('laufzeitbeginn' in v) {
    return {
      ...gemeinsam,
      Laufzeitbeginn: datum(v.laufzeitbeginn),
      Laufzeitende: v.laufzeitende === undefined ? '–' : datum(v.laufzeitende),
      Projektvolumen: euroGenau(centZuEuro(v.projektvolumen)),
      'Projektvolumen BB': euroGenau(centZuEuro(v.projektvolumen_bb)),
      Fördervolumen: euroGenau(centZuEuro(v.foerdervolumen)),
      'Fördervolumen BB': euroGenau(centZuEuro(v.foerdervolumen_bb)),
      Fördergeber: v.foerdergeber,
      FuEuI: janein(v.fueui),
      Konsortialstruktur: optional(v.konsortialstruktur),
    };
  }
  return {
    ...gemeinsam,
    Beginn: datum(v.beginn),
    Format: v.format,
    Teilnehmende: v.teilnehmende === undefined ? '–' : String(v.teilnehmende),
    Standardaktivität: janein(v.standardaktivitaet),
  };
}

/** Merkmale of an actor. */
export function akteurMerkmale(a: Akteur): Merkmale {
  return {
    Typ: a.typ,
    Sitz: a.sitz,
    Beschäftigte: a.beschaeftigte === undefined ? '–' : String(a.beschaeftigte),
    Größenklasse: optional(a.groessenklasse),
    Übergeordnet: optional(a.uebergeordnet),
  };
}
