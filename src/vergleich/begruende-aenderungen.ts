/**
 * Says why changed figures changed: the records that entered and left each key (by id, from the two
 * reports' nachweis.json) and, from their Merkmale, the field that made the difference.
 * Format-free: Merkmale are labelled values, participations are generic `ueber` entries.
 */
import { merkmalSchluessel, type Merkmale, type NachweisBezug, type NachweisDatei, type NachweisDatensatz } from '../nachweis/typen.js';
import type { DatensatzWechsel, GeaenderteKennzahl } from './typen.js';

/** Merkmale of one side: the report's own, then those of every other report of that side (a record moved). */
export interface MerkmalQuelle {
  eigene: NachweisDatei['merkmale'];
  /** All reports of the side (output folders), or undefined when only two single reports are compared. */
  alle?: ReadonlyMap<string, Merkmale>;
}

function suche(q: MerkmalQuelle, schluessel: string): Merkmale | undefined {
  return q.eigene[schluessel] ?? q.alle?.get(schluessel);
}

/** "Laufzeitbeginn jetzt 01.06.2017 (vorher 15.03.2018); Status jetzt …" for every differing field. */
function feldAenderungen(alt: Merkmale, neu: Merkmale): string | undefined {
  const teile: string[] = [];
  for (const [feld, wert] of Object.entries(neu)) {
    const vorher = alt[feld];
    if (vorher !== undefined && vorher !== wert) teile.push(`${feld} jetzt ${wert} (vorher ${vorher})`);
  }
  return teile.length === 0 ? undefined : teile.join('; ');
}

const bezugText = (b: NachweisBezug): string => `${b.akteur} → ${b.vorhaben} (${b.datei}:${b.pfad ?? b.zeile})`;

/** Participations on one side that the other lacks. */
function fehlendeBezuege(hier: readonly NachweisBezug[], dort: readonly NachweisBezug[]): NachweisBezug[] {
  const bekannt = new Set(dort.map((b) => `${b.akteur}\u0000${b.vorhaben}`));
  return hier.filter((b) => !bekannt.has(`${b.akteur}\u0000${b.vorhaben}`));
}

function wechsel(d: NachweisDatensatz, grund: string | undefined): DatensatzWechsel {
  const ort = d.pfad === undefined ? { datei: d.datei, zeile: d.zeile } : { datei: d.datei, zeile: d.zeile, pfad: d.pfad };
  return { id: d.id, titel: d.titel, ...ort, grund };
}

/** The reason a record entered (`richtung` hinzugekommen) or left a key. */
function grund(
  d: NachweisDatensatz,
  gegenueber: NachweisDatensatz | undefined,
  richtung: 'hinzugekommen' | 'entfallen',
  alt: MerkmalQuelle,
  neu: MerkmalQuelle,
): string | undefined {
  const schluessel = merkmalSchluessel(d.datei, d.id);
  const a = suche(alt, schluessel);
  const n = suche(neu, schluessel);
  const teile: string[] = [];
  if (a !== undefined && n !== undefined) {
    const felder = feldAenderungen(a, n);
    if (felder !== undefined) teile.push(felder);
  } else if (richtung === 'entfallen' && n === undefined) {
    teile.push(neu.alle ? 'in keinem der neuen Berichte (Zeile gelöscht?)' : 'nicht mehr in diesem Bericht (Zeile gelöscht oder einem anderen Management zugeordnet)');
  } else if (richtung === 'hinzugekommen' && a === undefined) {
    teile.push(alt.alle ? 'in keinem der alten Berichte (neue Zeile?)' : 'bisher nicht in diesem Bericht (neue Zeile oder von einem anderen Management)');
  }
  if (d.ueber !== undefined) {
    const andere = fehlendeBezuege(d.ueber, gegenueber?.ueber ?? []);
    if (andere.length > 0) teile.push(`${richtung === 'hinzugekommen' ? 'jetzt über' : 'bisher über'} ${andere.map(bezugText).join(', ')}`);
  }
  return teile.length === 0 ? undefined : teile.join('; ');
}

/** A key's records by id. */
function nachId(liste: readonly NachweisDatensatz[] | undefined): Map<string, NachweisDatensatz> {
  return new Map((liste ?? []).map((d) => [d.id, d]));
}

/** Adds `warum` to every changed key both Nachweise know. */
export function begruendeAenderungen(
  geaendert: GeaenderteKennzahl[],
  altNachweis: NachweisDatei,
  neuNachweis: NachweisDatei,
  quellen: { alt: MerkmalQuelle; neu: MerkmalQuelle },
): void {
  for (const k of geaendert) {
    const altK = altNachweis.kennzahlen[k.schluessel];
    const neuK = neuNachweis.kennzahlen[k.schluessel];
    if (altK === undefined || neuK === undefined) continue;
    const altIds = nachId(altK.datensaetze);
    const neuIds = nachId(neuK.datensaetze);
    const hinzugekommen = neuK.datensaetze
      .filter((d) => !altIds.has(d.id))
      .map((d) => wechsel(d, grund(d, undefined, 'hinzugekommen', quellen.alt, quellen.neu)));
    const entfallen = altK.datensaetze
      .filter((d) => !neuIds.has(d.id))
      .map((d) => wechsel(d, grund(d, undefined, 'entfallen', quellen.alt, quellen.neu)));
    // A record in both whose amount or participations changed (a sum, or an actor key).
    const geaenderteDatensaetze: DatensatzWechsel[] = [];
    for (const d of neuK.datensaetze) {
      const vorher = altIds.get(d.id);
      if (vorher === undefined) continue;
      if (vorher.betrag !== d.betrag || (d.ueber !== undefined && fehlendeBezuege(d.ueber, vorher.ueber ?? []).length > 0)) {
        geaenderteDatensaetze.push(wechsel(d, grund(d, vorher, 'hinzugekommen', quellen.alt, quellen.neu)));
      }
    }
    k.warum = { hinzugekommen, entfallen, geaendert: geaenderteDatensaetze };
  }
}
