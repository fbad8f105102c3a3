/**
 * Rules across files: akteure references (`uebergeordnet`, no cycles) and beteiligungen
 * (both ids resolve; a repeated pair is a warning and counts once).
 */
import type { Problem } from '../fehler.js';
import { ortText } from '../lesen/roh-zeile.js';
import type { Beteiligung, Herkunftsort } from '../model/typen.js';
import { findeZyklen } from './finde-zyklen.js';
import { M } from './meldungen.js';

export interface Querbezuege {
  /** Every id seen in projekte/aktivitaeten (also of rows with errors), with its first row. */
  vorhabenIds: ReadonlyMap<string, Herkunftsort>;
  akteurIds: ReadonlyMap<string, Herkunftsort>;
  /** Every akteur row with an id and a parent, in file order. */
  eltern: readonly { id: string; uebergeordnet: string; ort: Pick<Problem, 'datei' | 'zeile' | 'pfad'> }[];
  beteiligungen: readonly Beteiligung[];
  dateien: { projekte: string; aktivitaeten: string; akteure: string };
  /** False when projekte or aktivitaeten could not be read completely: vorhaben_id is not checked. */
  pruefeVorhaben: boolean;
  /** False when akteure could not be read completely: akteur_id and uebergeordnet are not checked. */
  pruefeAkteure: boolean;
}

/** Numbers the ids of a map in insertion order (and keeps the id strings by number). */
function nummeriere(ids: ReadonlyMap<string, unknown>): { nummer: Map<string, number>; ids: string[] } {
  const nummer = new Map<string, number>();
  const liste: string[] = [];
  for (const id of ids.keys()) {
    nummer.set(id, liste.length);
    liste.push(id);
  }
  return { nummer, ids: liste };
}

/** Where a participation row is, for messages. */
function ortVonQuelle(b: Beteiligung): Pick<Problem, 'datei' | 'zeile' | 'pfad'> {
  return { datei: b.quelle.datei, ...(b.quelle.pfad !== undefined ? { pfad: b.quelle.pfad } : { zeile: b.quelle.zeile }) };
}

/** Location of a problem on one column of a record found at `ort`. */
export function spaltenOrt(ort: Pick<Problem, 'datei' | 'zeile' | 'pfad'>, spalte: string): Pick<Problem, 'datei' | 'zeile' | 'pfad' | 'spalte'> {
  return ort.pfad !== undefined ? { datei: ort.datei, pfad: `${ort.pfad}.${spalte}` } : { ...ort, spalte };
}

/** Checks the references; returns the beteiligungen without repeated pairs. */
export function pruefeQuerbezuege(q: Querbezuege, probleme: Problem[]): Beteiligung[] {
  // 1. uebergeordnet must exist
  const elternKarte = new Map<string, string>();
  for (const e of q.eltern) {
    if (!q.pruefeAkteure) continue;
    if (!q.akteurIds.has(e.uebergeordnet)) {
      probleme.push({ schwere: 'fehler', ...spaltenOrt(e.ort, 'uebergeordnet'), meldung: M.uebergeordnetFehlt(e.uebergeordnet, q.dateien.akteure) });
    } else if (!elternKarte.has(e.id)) {
      elternKarte.set(e.id, e.uebergeordnet);
    }
  }
  // 2. no cycles, reported at the first member's row
  for (const zyklus of findeZyklen(elternKarte, [...q.akteurIds.keys()])) {
    const fund = q.eltern.find((e) => e.id === zyklus[0]);
    if (fund) probleme.push({ schwere: 'fehler', ...spaltenOrt(fund.ort, 'uebergeordnet'), meldung: M.zyklus(zyklus) });
  }
  // 3. beteiligungen resolve; repeated pairs count once. At a million projects there are millions of rows:
  // pairs are keyed by number (index of the Vorhaben × number of actors + index of the actor) instead of
  // by string, and the ids are replaced by the identical strings of the records (one copy in memory).
  const vorhabenNr = nummeriere(q.vorhabenIds);
  const akteurNr = nummeriere(q.akteurIds);
  const faktor = Math.max(1, akteurNr.nummer.size);
  const paare = new Map<number | string, Beteiligung>();
  const ergebnis: Beteiligung[] = [];
  for (const b of q.beteiligungen) {
    const v = vorhabenNr.nummer.get(b.vorhaben_id);
    const a = akteurNr.nummer.get(b.akteur_id);
    let ok = true;
    if (q.pruefeVorhaben && v === undefined) {
      ok = false;
      probleme.push({ schwere: 'fehler', ...spaltenOrt(ortVonQuelle(b), 'vorhaben_id'), meldung: M.vorhabenFehlt(b.vorhaben_id, q.dateien.projekte, q.dateien.aktivitaeten) });
    }
    if (q.pruefeAkteure && a === undefined) {
      ok = false;
      probleme.push({ schwere: 'fehler', ...spaltenOrt(ortVonQuelle(b), 'akteur_id'), meldung: M.akteurFehlt(b.akteur_id, q.dateien.akteure) });
    }
    const paar = v !== undefined && a !== undefined ? v * faktor + a : JSON.stringify([b.vorhaben_id, b.akteur_id]);
    const erste = paare.get(paar);
    if (erste !== undefined) {
      probleme.push({ schwere: 'warnung', ...ortVonQuelle(b), meldung: M.beteiligungDoppelt(b.akteur_id, b.vorhaben_id, ortText(erste.quelle)) });
      continue;
    }
    paare.set(paar, b);
    if (v !== undefined) b.vorhaben_id = vorhabenNr.ids[v] ?? b.vorhaben_id;
    if (a !== undefined) b.akteur_id = akteurNr.ids[a] ?? b.akteur_id;
    if (ok) ergebnis.push(b);
  }
  return ergebnis;
}
