/**
 * Converts one raw cell (CSV string or JSON value) to its typed value by column type.
 * Invalid values push one German problem and return `UNGUELTIG`; missing values return undefined.
 */
import type { Problem } from '../fehler.js';
import { normalisiereSchluessel } from '../lesen/normalisiere-schluessel.js';
import { euroZahlZuCent, parseBetrag, parseGanzzahl } from '../lesen/parse-betrag.js';
import { parseDatum } from '../lesen/parse-datum.js';
import { interniereListe } from './interniere-liste.js';
import { parseWahrheitswert } from '../lesen/parse-wahrheitswert.js';
import { ortVon, type RohZeile } from '../lesen/roh-zeile.js';
import type { Cluster } from '../model/typen.js';
import { euro, M } from './meldungen.js';
import type { Aufzaehlung, Spalte } from './tabelle.js';

/** Marker for a value that was present but invalid (its problem is already reported). */
export const UNGUELTIG: unique symbol = Symbol('ungueltig');

/** What conversion needs to know about cluster.json. */
export interface ClusterKontext {
  /** Exact and normalised slug and name → cluster. */
  index: Map<string, Cluster>;
  /** Display names for messages. */
  namen: string[];
  /** True when cluster.json is missing or invalid: references are passed through unchecked. */
  ungeprueft?: boolean;
}

const aufzaehlungsIndex = new WeakMap<Aufzaehlung, Map<string, string>>();

/** Looks up an enumeration value by slug or label under the normalisation rule. */
export function findeAufzaehlungswert(a: Aufzaehlung, text: string): string | undefined {
  let index = aufzaehlungsIndex.get(a);
  if (index === undefined) {
    index = new Map();
    for (const w of a.werte) {
      for (const form of [w.slug, w.label, ...(w.auch ?? [])]) {
        index.set(form, w.slug);
        index.set(normalisiereSchluessel(form), w.slug);
      }
    }
    aufzaehlungsIndex.set(a, index);
  }
  return index.get(text) ?? index.get(normalisiereSchluessel(text));
}

/** Looks up a cluster by slug or name: exact spelling first (fast), then normalised. */
export function findeCluster(kontext: ClusterKontext, text: string): Cluster | undefined {
  return kontext.index.get(text) ?? kontext.index.get(normalisiereSchluessel(text));
}

/** Converts a raw value; see the module comment for the return convention. */
export function konvertiereZelle(
  spalte: Spalte,
  roh: unknown,
  zeile: RohZeile,
  kontext: ClusterKontext,
  probleme: Problem[],
): unknown {
  if (roh === undefined) return undefined;
  if (spalte.typ === 'text' && typeof roh === 'string') return roh;
  const fehler = (meldung: string): typeof UNGUELTIG => {
    probleme.push({ schwere: 'fehler', ...ortVon(zeile, spalte.name), meldung });
    return UNGUELTIG;
  };
  const csv = zeile.index === undefined;
  switch (spalte.typ) {
    case 'text':
      if (typeof roh === 'string') return roh;
      return typeof roh === 'number' ? String(roh) : fehler(M.jsonTyp(roh, 'Text'));
    case 'handlungsfeld':
      return typeof roh === 'string' ? roh : fehler(M.jsonTyp(roh, 'Text (Slug oder Name)'));
    case 'betrag': {
      const cent =
        typeof roh === 'number' ? euroZahlZuCent(roh) : typeof roh === 'string' ? parseBetrag(roh, csv ? zeile.zahlDialekt : '.') : undefined;
      if (cent === undefined) return fehler(M.betragUngueltig(roh));
      if (csv && zeile.zahlDialekt === '.' && typeof roh === 'string') warnePunktgruppen(roh, cent, spalte, zeile, probleme);
      return cent < 0 ? fehler(M.betragNegativ(roh)) : cent;
    }
    case 'ganzzahl': {
      const min = spalte.minimum ?? 0;
      const n =
        typeof roh === 'number' ? (Number.isSafeInteger(roh) ? roh : undefined) : typeof roh === 'string' ? parseGanzzahl(roh, zeile.zahlDialekt) : undefined;
      if (n === undefined) return fehler(M.ganzzahlUngueltig(roh, min));
      if (csv && zeile.zahlDialekt === '.' && typeof roh === 'string') warnePunktgruppen(roh, n * 100, spalte, zeile, probleme);
      if (n < min) return fehler(M.ganzzahlZuKlein(roh, min));
      return spalte.maximum !== undefined && n > spalte.maximum ? fehler(M.zuGross(roh, spalte.maximum)) : n;
    }
    case 'dezimal': {
      const h =
        typeof roh === 'number' ? euroZahlZuCent(roh) : typeof roh === 'string' && !/€|eur/i.test(roh) ? parseBetrag(roh, csv ? zeile.zahlDialekt : '.') : undefined;
      if (h === undefined || h < 0) return fehler(M.dezimalUngueltig(roh));
      return spalte.maximum !== undefined && h > spalte.maximum * 100 ? fehler(M.zuGross(roh, spalte.maximum)) : h;
    }
    case 'datum': {
      const iso = typeof roh === 'string' ? parseDatum(roh) : undefined;
      return iso ?? fehler(M.datumUngueltig(roh));
    }
    case 'wahrheitswert': {
      const b =
        typeof roh === 'boolean' ? roh : typeof roh === 'string' ? parseWahrheitswert(roh) : roh === 1 ? true : roh === 0 ? false : undefined;
      return b ?? fehler(M.wahrheitswertUngueltig(roh));
    }
    case 'aufzaehlung': {
      const a = spalte.aufzaehlung as Aufzaehlung;
      const slug = typeof roh === 'string' ? findeAufzaehlungswert(a, roh) : undefined;
      return slug ?? fehler(M.aufzaehlungUngueltig(roh, a));
    }
    case 'cluster': {
      if (kontext.ungeprueft) return typeof roh === 'string' ? roh : UNGUELTIG;
      const c = typeof roh === 'string' ? findeCluster(kontext, roh) : undefined;
      return c?.slug ?? fehler(M.clusterUnbekannt(roh, kontext.namen));
    }
    case 'aufzaehlungsliste':
    case 'clusterliste': {
      const teile = listenTeile(roh);
      if (teile === undefined) return fehler(M.jsonTyp(roh, 'eine Liste (Array oder Werte mit | getrennt)'));
      const werte: string[] = [];
      let ok = true;
      for (const teil of teile) {
        const wert =
          spalte.typ === 'clusterliste'
            ? kontext.ungeprueft
              ? teil
              : kontext.index.get(normalisiereSchluessel(teil))?.slug
            : findeAufzaehlungswert(spalte.aufzaehlung as Aufzaehlung, teil);
        if (wert === undefined) {
          ok = false;
          fehler(spalte.typ === 'clusterliste' ? M.clusterUnbekannt(teil, kontext.namen) : M.aufzaehlungUngueltig(teil, spalte.aufzaehlung as Aufzaehlung));
        } else if (spalte.typ === 'aufzaehlungsliste' ? !werte.includes(wert) : true) {
          werte.push(wert);
        }
      }
      return ok ? interniereListe(werte) : UNGUELTIG;
    }
  }
}

/** Dot-grouped digits such as `300.000` or `1.500.000` (optionally with a currency). */
const PUNKTGRUPPEN = /^-?\s*\d{1,3}(\.\d{3})+(\s*(€|eur))?$/i;

/**
 * In a `,`-delimited file the dot is the decimal mark, so `300.000` is 300 € and `1.500.000` (more than
 * one dot) 1.5 million: both are legal but easily meant otherwise, so each gets a warning saying how it was read.
 */
function warnePunktgruppen(roh: string, cent: number, spalte: Spalte, zeile: RohZeile, probleme: Problem[]): void {
  if (!PUNKTGRUPPEN.test(roh.trim())) return;
  probleme.push({ schwere: 'warnung', ...ortVon(zeile, spalte.name), meldung: M.punktgruppenImKommaFormat(roh, spalte.typ === 'betrag' ? euro(cent) : String(cent / 100)) });
}

/** Splits a list cell: a `|`-separated string or a JSON array of strings; empty parts are dropped. */
function listenTeile(roh: unknown): string[] | undefined {
  if (typeof roh === 'string') {
    if (roh.indexOf('|') === -1) return [roh];
    const teile: string[] = [];
    for (const teil of roh.split('|')) {
      const t = teil.trim();
      if (t !== '') teile.push(t);
    }
    return teile;
  }
  if (!Array.isArray(roh) || !roh.every((x) => typeof x === 'string')) return undefined;
  return (roh as string[]).map((t) => t.trim()).filter((t) => t !== '');
}
