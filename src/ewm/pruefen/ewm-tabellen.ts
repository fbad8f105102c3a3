/**
 * The EWM tables for the generic loader: projekte, aktivitaeten, akteure and beteiligungen in the
 * data folder itself, each row checked by its rule module, then the rules across the four files.
 */
import type { Problem } from '../../fehler.js';
import { herkunftVon, ortText, ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import type { FormatTabellen, TabellenSammler } from '../../pruefen/format-tabellen.js';
import { IdVerzeichnis } from '../../pruefen/id-verzeichnis.js';
import type { ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import type { Akteur, Aktivitaet, Beteiligung, EwmDaten, Projekt } from '../model/typen.js';
import { M } from './meldungen.js';
import { pruefeAkteur } from './pruefe-akteur.js';
import { pruefeAktivitaet } from './pruefe-aktivitaet.js';
import { pruefeBeteiligung } from './pruefe-beteiligung.js';
import { pruefeProjekt } from './pruefe-projekt.js';
import { pruefeQuerbezuege } from './pruefe-querbezuege.js';
import { TABELLEN } from './tabellen.js';

export const ewmTabellen: FormatTabellen<EwmDaten> = { ordner: '', tabellen: TABELLEN, sammler: ewmSammler };

/** Collects the rows of the four tables of one load. */
function ewmSammler(kontext: ClusterKontext, probleme: Problem[]): TabellenSammler<EwmDaten> {
  const projekte: Projekt[] = [];
  const aktivitaeten: Aktivitaet[] = [];
  const akteure: Akteur[] = [];
  const beteiligungen: Beteiligung[] = [];
  const vorhabenIds = new IdVerzeichnis();
  const akteurIds = new IdVerzeichnis();
  const eltern: { id: string; uebergeordnet: string; ort: Pick<Problem, 'datei' | 'zeile' | 'pfad'> }[] = [];
  const standard: RohZeile[] = [];
  return {
    zeile(tabelle, z, fehlend) {
      switch (tabelle) {
        case 'projekte':
        case 'aktivitaeten': {
          merkeId(z, vorhabenIds, probleme, M.idDoppelt);
          const r = tabelle === 'projekte' ? pruefeProjekt(z, kontext, fehlend, probleme) : pruefeAktivitaet(z, kontext, fehlend, probleme);
          if (r === undefined) return;
          if ('laufzeitbeginn' in r) projekte.push(r);
          else {
            aktivitaeten.push(r);
            if (r.standardaktivitaet) standard.push(z);
          }
          return;
        }
        case 'akteure': {
          const id = merkeId(z, akteurIds, probleme, M.akteurIdDoppelt);
          const parent = z.werte.uebergeordnet;
          if (id !== undefined && (typeof parent === 'string' || typeof parent === 'number')) {
            eltern.push({ id, uebergeordnet: String(parent), ort: ortVon(z) });
          }
          const a = pruefeAkteur(z, kontext, fehlend, probleme);
          if (a) akteure.push(a);
          return;
        }
        case 'beteiligungen': {
          const b = pruefeBeteiligung(z, kontext, fehlend, probleme);
          if (b) beteiligungen.push(b);
        }
      }
    },
    abschluss(dateien, vollstaendig, basis) {
      const erste = standard[0];
      if (erste !== undefined) {
        const wo = erste.index !== undefined ? `[${erste.index}]` : `Zeile ${erste.zeile}`;
        probleme.push({ schwere: 'hinweis', datei: erste.datei, meldung: M.standardaktivitaeten(standard.length, wo) });
      }
      const datei = (name: string): string => dateien.get(name) ?? `${name}.csv`;
      const eindeutig = pruefeQuerbezuege(
        {
          vorhabenIds, akteurIds, eltern, beteiligungen,
          dateien: { projekte: datei('projekte'), aktivitaeten: datei('aktivitaeten'), akteure: datei('akteure') },
          pruefeVorhaben: vollstaendig.has('projekte') && vollstaendig.has('aktivitaeten'),
          pruefeAkteure: vollstaendig.has('akteure'),
        },
        probleme,
      );
      return { ...basis, projekte, aktivitaeten, akteure, beteiligungen: eindeutig };
    },
  };
}

/** Registers a row's id; a repeat is an error on the `id` column. Returns the id (if any). */
function merkeId(z: RohZeile, ids: IdVerzeichnis, probleme: Problem[], meldung: (id: string, erste: string) => string): string | undefined {
  const roh = z.werte.id;
  if (typeof roh !== 'string' && typeof roh !== 'number') return undefined;
  const id = String(roh);
  const vorher = ids.merke(id, herkunftVon(z));
  if (vorher !== undefined) {
    probleme.push({ schwere: 'fehler', ...ortVon(z, 'id'), meldung: meldung(id, ortText(vorher)) });
    return undefined;
  }
  return id;
}
