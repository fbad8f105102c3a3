import type { ClusterberichtTabellen, Veranstaltung } from '../typen.js';

/** The events of a year: those whose `beginn` lies in it. */
export function veranstaltungenImJahr(daten: ClusterberichtTabellen, cluster: string, jahr: number): Veranstaltung[] {
  const praefix = `${jahr}-`;
  return daten.veranstaltungen.filter((v) => v.cluster === cluster && v.beginn.startsWith(praefix));
}
