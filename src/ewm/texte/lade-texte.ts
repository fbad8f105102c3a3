import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../fehler.js';
import { normalisiereSchluessel } from '../../lesen/normalisiere-schluessel.js';
import { ABSCHNITT_SLOTS, type AbschnittName } from './abschnitte.js';
import type { KennzahlUmgebung } from '../../texte/ersetze-kennzahlen.js';
import { kennzahlText } from './kennzahl-text.js';
import { platzhalter, zeileVon } from '../../texte/lade-markdown-text.js';
import { ladeTextMitKennzahlen } from '../../texte/lade-text-mit-kennzahlen.js';
import { ersteZeileVon, rendereText } from '../../texte/rendere-text.js';
import { teileAbschnitt } from '../../texte/teile-abschnitt.js';
import { textHelfer } from '../../texte/text-helfer.js';
import { trenneFrontMatter } from '../../texte/trenne-front-matter.js';
import { LEITLINIE_BESCHRIFTUNG, SCHWERPUNKTTHEMA_BESCHRIFTUNG } from '../beschriftungen.js';
import type { AbschnittText, AnalystTexte, Erfolgsbeispiel } from './analyst-texte.js';

/** HTML heading level of a Markdown `#` in each text (below "1 …", "3.4 …" and a box title). */
const EBENE = { ueberblick: 2, fazit: 3, erfolgsbeispiel: 4, abschnitt: 4 } as const;
const SCHLUESSEL_ERFOLGSBEISPIEL = ['titel', 'schwerpunktthema', 'leitlinie', 'projekt'];

/**
 * Loads the analysts' texts of one report from `{datenVerzeichnis}/texte/{jahr}/{cluster}/`:
 * `ueberblick.md`, `fazit.md` and `erfolgsbeispiele/*.md` (sorted by file name), each with optional
 * YAML front matter. A missing text is a warning and becomes a visible placeholder; bad front matter
 * is an error naming the line. The optional section texts (`2-methodik.md`, `3-1-projekte.md`, `3-2-aktivitaeten.md`,
 * `3-3-akteure.md`, `3-4-innobb.md`) are split at their `## ` subheadings. In every text `{{kennzahl "…"}}` and the
 * phrase helpers print computed `kennzahlen`; a faulty call is an error naming `datei:zeile`.
 */
export async function ladeTexte(
  datenVerzeichnis: string,
  jahr: number,
  clusterSlug: string,
  kennzahlen: Readonly<Record<string, number>> = {},
): Promise<{ texte: AnalystTexte; probleme: Problem[] }> {
  const ordner = `texte/${jahr}/${clusterSlug}`;
  const probleme: Problem[] = [];
  const umgebung: KennzahlUmgebung = { kennzahlen, helfer: textHelfer(kennzahlText, 'projekte.neu.2019') };
  const ueberblick = await ladeTextMitKennzahlen(datenVerzeichnis, `${ordner}/ueberblick.md`, EBENE.ueberblick, umgebung, probleme);
  const fazit = await ladeTextMitKennzahlen(datenVerzeichnis, `${ordner}/fazit.md`, EBENE.fazit, umgebung, probleme);
  const abschnitte = {} as AnalystTexte['abschnitte'];
  for (const name of Object.keys(ABSCHNITT_SLOTS) as AbschnittName[]) {
    abschnitte[name] = await ladeAbschnitt(datenVerzeichnis, ordner, name, umgebung, probleme);
  }
  const beispielOrdner = `${ordner}/erfolgsbeispiele`;
  const dateien = await listeMarkdown(path.join(datenVerzeichnis, beispielOrdner));
  const erfolgsbeispiele: Erfolgsbeispiel[] = [];
  for (const name of dateien) {
    const beispiel = await ladeErfolgsbeispiel(datenVerzeichnis, `${beispielOrdner}/${name}`, umgebung, probleme);
    if (beispiel) erfolgsbeispiele.push(beispiel);
  }
  const texte: AnalystTexte = { ueberblick, fazit, abschnitte, erfolgsbeispiele };
  if (dateien.length === 0) {
    const datei = `${beispielOrdner}/*.md`;
    probleme.push({ schwere: 'warnung', datei, meldung: 'Text fehlt: keine Erfolgsbeispiele gefunden; der Bericht zeigt einen Platzhalter.' });
    texte.erfolgsbeispielePlatzhalter = platzhalter(datei);
  }
  return { texte, probleme };
}

/** One optional section text; a missing file is no problem (the section shows only computed text). */
async function ladeAbschnitt(verzeichnis: string, ordner: string, name: AbschnittName, umgebung: KennzahlUmgebung, probleme: Problem[]): Promise<AbschnittText> {
  const slot = ABSCHNITT_SLOTS[name];
  const datei = `${ordner}/${slot.datei}`;
  const leer: AbschnittText = { datei, einleitung: '', nach: {} };
  let inhalt: string;
  try {
    inhalt = await readFile(path.join(verzeichnis, datei), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return leer;
    throw e;
  }
  if (inhalt.trim() === '') return leer;
  const fm = trenneFrontMatter(inhalt);
  if (!fm.ok) {
    probleme.push({ schwere: 'fehler', datei, zeile: fm.zeile, meldung: fm.meldung });
    return leer;
  }
  for (const schluessel of Object.keys(fm.daten)) {
    probleme.push({ schwere: 'warnung', datei, zeile: zeileVon(inhalt, schluessel), meldung: `Unbekannter Front-Matter-Schlüssel "${schluessel}" wird ignoriert.` });
  }
  const geteilt = teileAbschnitt(fm.koerper, ersteZeileVon(inhalt, fm.koerper), datei, slot, probleme);
  const html = (teil: { markdown: string; ersteZeile: number }): string =>
    teil.markdown.trim() === '' ? '' : rendereText(teil.markdown, teil.ersteZeile, datei, EBENE.abschnitt, umgebung, probleme);
  return {
    datei,
    einleitung: html(geteilt.einleitung),
    nach: Object.fromEntries([...geteilt.nach].map(([k, teil]) => [k, html(teil)])),
  };
}

async function listeMarkdown(ordner: string): Promise<string[]> {
  try {
    const eintraege = await readdir(ordner, { withFileTypes: true });
    return eintraege
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md'))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

async function ladeErfolgsbeispiel(verzeichnis: string, datei: string, umgebung: KennzahlUmgebung, probleme: Problem[]): Promise<Erfolgsbeispiel | undefined> {
  const inhalt = (await readFile(path.join(verzeichnis, datei), 'utf8'));
  const fm = trenneFrontMatter(inhalt);
  if (!fm.ok) {
    probleme.push({ schwere: 'fehler', datei, zeile: fm.zeile, meldung: fm.meldung });
    return undefined;
  }
  const vorher = probleme.length;
  const fehler = (zeile: number, meldung: string): void => {
    probleme.push({ schwere: 'fehler', datei, zeile, meldung });
  };
  for (const schluessel of Object.keys(fm.daten)) {
    if (!SCHLUESSEL_ERFOLGSBEISPIEL.includes(schluessel)) {
      probleme.push({
        schwere: 'warnung', datei, zeile: zeileVon(inhalt, schluessel),
        meldung: `Unbekannter Front-Matter-Schlüssel "${schluessel}" wird ignoriert. Erlaubt: ${SCHLUESSEL_ERFOLGSBEISPIEL.join(', ')}`,
      });
    }
  }
  const titel = fm.daten.titel;
  if (typeof titel !== 'string' || titel.trim() === '') {
    fehler(titel === undefined ? 1 : zeileVon(inhalt, 'titel'), 'Front Matter: "titel" fehlt oder ist kein Text.');
  }
  const projekt = fm.daten.projekt;
  if (projekt !== undefined && typeof projekt !== 'string' && typeof projekt !== 'number') {
    fehler(zeileVon(inhalt, 'projekt'), 'Front Matter: "projekt" muss eine Projekt-ID sein.');
  }
  const schwerpunktthemen = liste(fm.daten.schwerpunktthema, 'schwerpunktthema', SCHWERPUNKTTHEMA_BESCHRIFTUNG, inhalt, datei, probleme);
  const leitlinien = liste(fm.daten.leitlinie, 'leitlinie', LEITLINIE_BESCHRIFTUNG, inhalt, datei, probleme);
  if (probleme.slice(vorher).some((p) => p.schwere === 'fehler')) return undefined;
  return {
    datei,
    titel: (titel as string).trim(),
    schwerpunktthemen,
    leitlinien,
    ...(projekt !== undefined ? { projekt: String(projekt) } : {}),
    html: rendereText(fm.koerper, ersteZeileVon(inhalt, fm.koerper), datei, EBENE.erfolgsbeispiel, umgebung, probleme),
  };
}

/** A front matter value that may be one text or a list of texts; known slugs and labels become labels. */
function liste(
  wert: unknown,
  schluessel: string,
  beschriftungen: Record<string, string>,
  inhalt: string,
  datei: string,
  probleme: Problem[],
): string[] {
  if (wert === undefined || wert === null) return [];
  const werte = Array.isArray(wert) ? wert : [wert];
  const zeile = zeileVon(inhalt, schluessel);
  const ergebnis: string[] = [];
  for (const w of werte) {
    if (typeof w !== 'string' || w.trim() === '') {
      probleme.push({ schwere: 'fehler', datei, zeile, meldung: `Front Matter: "${schluessel}" muss ein Text oder eine Liste von Texten sein.` });
      continue;
    }
    const norm = normalisiereSchluessel(w);
    const treffer = Object.entries(beschriftungen).find(([slug, label]) => normalisiereSchluessel(slug) === norm || normalisiereSchluessel(label) === norm);
    if (treffer) {
      ergebnis.push(treffer[1]);
    } else {
      probleme.push({
        schwere: 'warnung', datei, zeile,
        meldung: `Front Matter: "${w.trim()}" ist kein bekannter Wert für "${schluessel}" und wird unverändert gezeigt. Bekannt: ${Object.values(beschriftungen).join(', ')}`,
      });
      ergebnis.push(w.trim());
    }
  }
  return ergebnis;
}
