/** The ordered categories of every Kennzahlen breakdown, so reports iterate without re-deriving them. */
import { type Cluster, type Handlungsfeld } from '../../model/typen.js';
import { AKTEUR_TYPEN, AKTIVITAET_FORMATE, FOERDERGEBER, GROESSENKLASSEN, KONSORTIALSTRUKTUREN, LEITLINIEN, PROJEKT_STATUS, SCHWERPUNKTTHEMEN, SITZE } from '../model/typen.js';
import { handlungsfelderImJahr } from './handlungsfelder-im-jahr.js';
import { vergleichsjahre, type Vergleichsjahre } from './vergleichsjahre.js';

/** Categories of one report (management X, Berichtsjahr Y). */
export interface KennzahlKategorien {
  berichtsjahr: number;
  /** The management X as found in the registry (undefined if not registered). */
  cluster: Cluster | undefined;
  jahre: Vergleichsjahre;
  status: readonly string[];
  konsortialstrukturen: readonly string[];
  foerdergeber: readonly string[];
  leitlinien: readonly string[];
  schwerpunktthemen: readonly string[];
  formate: readonly string[];
  herkuenfte: readonly string[];
  akteurTypen: readonly string[];
  groessenklassen: readonly string[];
  /** Every other management of the registry, in registry order. */
  andereCluster: Cluster[];
  /** Handlungsfelder valid per year of the project and activity windows (uebergreifend last). */
  handlungsfelder: ReadonlyMap<number, Handlungsfeld[]>;
}

/** Collects the categories for management `cluster` (a slug) and Berichtsjahr `jahr` from the registry. */
export function kennzahlKategorien(registry: readonly Cluster[], cluster: string, jahr: number): KennzahlKategorien {
  const x = registry.find((c) => c.slug === cluster);
  const jahre = vergleichsjahre(jahr);
  const handlungsfelder = new Map<number, Handlungsfeld[]>();
  for (const j of [...jahre.projekte, ...jahre.aktivitaeten]) {
    if (!handlungsfelder.has(j)) handlungsfelder.set(j, handlungsfelderImJahr(x, j));
  }
  const gesehen = new Set<string>([cluster]);
  const andereCluster: Cluster[] = [];
  for (const c of registry) {
    if (gesehen.has(c.slug)) continue;
    gesehen.add(c.slug);
    andereCluster.push(c);
  }
  return {
    berichtsjahr: jahr,
    cluster: x,
    jahre,
    status: PROJEKT_STATUS,
    konsortialstrukturen: KONSORTIALSTRUKTUREN,
    foerdergeber: FOERDERGEBER,
    leitlinien: LEITLINIEN,
    schwerpunktthemen: SCHWERPUNKTTHEMEN,
    formate: AKTIVITAET_FORMATE,
    herkuenfte: SITZE,
    akteurTypen: AKTEUR_TYPEN,
    groessenklassen: GROESSENKLASSEN,
    andereCluster,
    handlungsfelder,
  };
}
