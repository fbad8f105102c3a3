/** Handlungsfelder of a management that exist in a given year. */
import { type Cluster, type Handlungsfeld } from '../../model/typen.js';
import { UEBERGREIFEND } from '../model/typen.js';

/** The fields of `cluster` valid in `jahr` (respecting `ab`/`bis`), in registry order, `uebergreifend` last. */
export function handlungsfelderImJahr(cluster: Cluster | undefined, jahr: number): Handlungsfeld[] {
  const gueltig = (cluster?.handlungsfelder ?? []).filter(
    (h) => (h.ab === undefined || h.ab <= jahr) && (h.bis === undefined || jahr <= h.bis) && h.slug !== UEBERGREIFEND.slug,
  );
  return [...gueltig, UEBERGREIFEND];
}
