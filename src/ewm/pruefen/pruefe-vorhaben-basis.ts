/** Rules shared by projekte and aktivitaeten: Handlungsfeld of the lead cluster, Beteiligte Cluster. */
import type { Problem } from '../../fehler.js';
import { ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import { findeHandlungsfeld } from './finde-handlungsfeld.js';
import { findeCluster, UNGUELTIG, type ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import { interniereListe } from '../../pruefen/interniere-liste.js';
import { M } from './meldungen.js';

/** The one empty list all records share (frozen; see interniereListe). */
export const KEINE: never[] = interniereListe([]) as never[];

/**
 * Resolves `handlungsfeld` in place (slug, or UNGUELTIG with an error) using the year of the start
 * date `beginnSpalte`, and removes the lead cluster (with a warning) and repeats from `beteiligte_cluster`.
 */
export function pruefeVorhabenBasis(
  werte: Record<string, unknown>,
  zeile: RohZeile,
  kontext: ClusterKontext,
  beginnSpalte: string,
  beginnText: string,
  probleme: Problem[],
): void {
  const clusterSlug = werte.cluster;
  const lead = typeof clusterSlug === 'string' && !kontext.ungeprueft ? findeCluster(kontext, clusterSlug) : undefined;
  const feld = werte.handlungsfeld;
  if (lead !== undefined && typeof feld === 'string') {
    const beginn = werte[beginnSpalte];
    const jahr = typeof beginn === 'string' ? Number(beginn.slice(0, 4)) : undefined;
    const ergebnis = findeHandlungsfeld(lead, feld, jahr, beginnText);
    if ('slug' in ergebnis) werte.handlungsfeld = ergebnis.slug;
    else {
      probleme.push({ schwere: 'fehler', ...ortVon(zeile, 'handlungsfeld'), meldung: ergebnis.meldung });
      werte.handlungsfeld = UNGUELTIG;
    }
  }
  const beteiligte = werte.beteiligte_cluster;
  if (Array.isArray(beteiligte)) {
    const eindeutig = beteiligte.length < 2 ? (beteiligte as string[]) : [...new Set(beteiligte as string[])];
    if (lead !== undefined && eindeutig.includes(lead.slug)) {
      probleme.push({ schwere: 'warnung', ...ortVon(zeile, 'beteiligte_cluster'), meldung: M.federfuehrendBeteiligt(lead.name) });
    }
    const ohneLead = eindeutig.filter((s) => s !== lead?.slug);
    werte.beteiligte_cluster = interniereListe(ohneLead);
  } else if (beteiligte === undefined) {
    werte.beteiligte_cluster = KEINE;
  }
}
