/**
 * Rules across files: akteure references (`uebergeordnet`, no cycles) and beteiligungen
 * (both ids resolve; a repeated pair is a warning and counts once).
 */
import type { Problem } from '../../fehler.js';
import { ortText } from '../../lesen/roh-zeile.js';
import type { Beteiligung } from '../model/typen.js';
import { findeZyklen } from '../../pruefen/finde-zyklen.js';
import type { IdVerzeichnis } from '../../pruefen/id-verzeichnis.js';
import { M } from './meldungen.js';

export interface Querbezuege {
  /** Every id seen in projekte/aktivitaeten (also of rows with errors), with its first row. */
  vorhabenIds: IdVerzeichnis;
  akteurIds: IdVerzeichnis;
  /** Every akteur row with an id and a parent, in file order. */
  eltern: readonly { id: string; uebergeordnet: string; ort: Pick<Problem, 'datei' | 'zeile' | 'pfad'> }[];
  beteiligungen: readonly Beteiligung[];
  dateien: { projekte: string; aktivitaeten: string; akteure: string };
  /** False when projekte or aktivitaeten could not be read completely: vorhaben_id is not checked. */
  pruefeVorhaben: boolean;
  /** False when akteure could not be read completely: akteur_id and uebergeordnet are not checked. */
  pruefeAkteure: boolean;
}

/** The row in a Vorhaben's chain (starting at `zeile`) whose actor is `akteur`, or -1. */
function ersteMitAkteur(zeile: number, weiter: Int32Array, akteurDerZeile: Int32Array, akteur: number): number {
  let gefunden = -1;
  for (let i = zeile; i >= 0; i = weiter[i] ?? -1) if (akteurDerZeile[i] === akteur) gefunden = i;
  return gefunden;
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
  for (const zyklus of findeZyklen(elternKarte, q.akteurIds.alle())) {
    const fund = q.eltern.find((e) => e.id === zyklus[0]);
    if (fund) probleme.push({ schwere: 'fehler', ...spaltenOrt(fund.ort, 'uebergeordnet'), meldung: M.zyklus(zyklus) });
  }
  // 3. beteiligungen resolve; repeated pairs count once. At a million projects there are millions of rows,
  // so the pairs seen so far live in typed arrays, not in a Map: for every Vorhaben (by number) a chain of
  // the rows naming it (`kopf` → `weiter`), each with its actor number. A row is a repeat when its
  // Vorhaben's chain already holds its actor. The ids are replaced by the identical strings of the records.
  const kopf = new Int32Array(q.vorhabenIds.size).fill(-1);
  const weiter = new Int32Array(q.beteiligungen.length);
  const akteurDerZeile = new Int32Array(q.beteiligungen.length);
  const unaufgeloest = new Map<string, Beteiligung>();
  const ergebnis: Beteiligung[] = [];
  q.beteiligungen.forEach((b, i) => {
    const v = q.vorhabenIds.nummer(b.vorhaben_id);
    const a = q.akteurIds.nummer(b.akteur_id);
    let ok = true;
    if (q.pruefeVorhaben && v === undefined) {
      ok = false;
      probleme.push({ schwere: 'fehler', ...spaltenOrt(ortVonQuelle(b), 'vorhaben_id'), meldung: M.vorhabenFehlt(b.vorhaben_id, q.dateien.projekte, q.dateien.aktivitaeten) });
    }
    if (q.pruefeAkteure && a === undefined) {
      ok = false;
      probleme.push({ schwere: 'fehler', ...spaltenOrt(ortVonQuelle(b), 'akteur_id'), meldung: M.akteurFehlt(b.akteur_id, q.dateien.akteure) });
    }
    const aufgeloest = v !== undefined && a !== undefined;
    const frueher = aufgeloest
      ? q.beteiligungen[ersteMitAkteur(kopf[v] ?? -1, weiter, akteurDerZeile, a)]
      : unaufgeloest.get(JSON.stringify([b.vorhaben_id, b.akteur_id]));
    if (frueher !== undefined) {
      probleme.push({ schwere: 'warnung', ...ortVonQuelle(b), meldung: M.beteiligungDoppelt(b.akteur_id, b.vorhaben_id, ortText(frueher.quelle)) });
      return;
    }
    if (aufgeloest) {
      weiter[i] = kopf[v] ?? -1;
      akteurDerZeile[i] = a;
      kopf[v] = i;
      b.vorhaben_id = q.vorhabenIds.id(v) ?? b.vorhaben_id;
      b.akteur_id = q.akteurIds.id(a) ?? b.akteur_id;
    } else {
      unaufgeloest.set(JSON.stringify([b.vorhaben_id, b.akteur_id]), b);
    }
    if (ok) ergebnis.push(b);
  });
  return ergebnis;
}
