import type { Cluster } from '../model/typen.js';
import { MARKE_START, MARKE_TEXT } from '../nachweis/marke.js';

/** The German grammatical cases the phrase helpers need. */
export type Fall = 'nominativ' | 'genitiv' | 'dativ' | 'akkusativ';

/** "Teilthemenmanagement" for a Teilthema, "Clustermanagement" for a cluster. */
export function managementBezeichnung(cluster: Pick<Cluster, 'art'>): string {
  return cluster.art === 'teilthema' ? 'Teilthemenmanagement' : 'Clustermanagement';
}

/** "Teilthema" or "Cluster" (both neuter). */
export function clusterArtWort(cluster: Pick<Cluster, 'art'>): string {
  return cluster.art === 'teilthema' ? 'Teilthema' : 'Cluster';
}

/**
 * The management's name as on the cover: a Teilthema of one Land carries the Land
 * ("Industrielle Produktion Berlin"), a cluster is named as such ("Cluster Optik und Photonik").
 */
export function managementName(cluster: Pick<Cluster, 'art' | 'land' | 'name'>): string {
  if (cluster.art === 'teilthema') {
    if (cluster.land === 'berlin') return `${cluster.name} Berlin`;
    if (cluster.land === 'brandenburg') return `${cluster.name} Brandenburg`;
    return cluster.name;
  }
  return `Cluster ${cluster.name}`;
}

const ARTIKEL: Record<Fall, string> = { nominativ: 'das', genitiv: 'des', dativ: 'dem', akkusativ: 'das' };

/**
 * The cluster with article in a case: "das Teilthema Industrielle Produktion",
 * "des Teilthemas Industrielle Produktion", "dem Cluster Optik und Photonik".
 * Sentence-initial capitalisation is the caller's job (`gross`).
 */
export function clusterMitArtikel(cluster: Pick<Cluster, 'art' | 'name'>, fall: Fall = 'nominativ'): string {
  const wort = clusterArtWort(cluster);
  const endung = fall === 'genitiv' ? 's' : '';
  return `${ARTIKEL[fall]} ${wort}${endung} ${cluster.name}`;
}

/**
 * The management with article: "das Teilthemenmanagement Industrielle Produktion",
 * "dem Clustermanagement Energietechnik", "des Clustermanagements Energietechnik".
 */
export function managementMitArtikel(cluster: Pick<Cluster, 'art' | 'name'>, fall: Fall = 'nominativ'): string {
  const endung = fall === 'genitiv' ? 's' : '';
  return `${ARTIKEL[fall]} ${managementBezeichnung(cluster)}${endung} ${cluster.name}`;
}

/**
 * Capitalises the first letter (sentence start): "das Teilthema …" → "Das Teilthema …"; a text that starts
 * with a number mark ("ein" of a count of 1, `marke`) gets the first letter of the marked text capitalised.
 */
export function gross(text: string): string {
  const i = text.startsWith(MARKE_START) ? text.indexOf(MARKE_TEXT) + 1 : 0;
  return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}
