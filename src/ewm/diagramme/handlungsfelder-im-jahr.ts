/** The Handlungsfelder of a cluster valid in one year. */
import { type Cluster, type Handlungsfeld, UEBERGREIFEND } from '../../model/typen.js';

/** Fields of `cluster` valid in `jahr` (ab ≤ jahr ≤ bis) in registry order, then `uebergreifend`. */
export function handlungsfelderImJahr(cluster: Cluster, jahr: number): Handlungsfeld[] {
  const gueltig = cluster.handlungsfelder.filter(
    (h) => (h.ab === undefined || h.ab <= jahr) && (h.bis === undefined || jahr <= h.bis),
  );
  return [...gueltig, UEBERGREIFEND];
}
