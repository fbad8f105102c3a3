/** Reads the optional `bericht.json` (report metadata) into `BerichtMeta`. */
import type { Problem } from '../fehler.js';
import type { BerichtMeta } from '../model/typen.js';
import { M } from '../pruefen/meldungen.js';
import { BERICHT_SCHLUESSEL, berichtSchema, deutscheFehlerkarte } from '../pruefen/schemas.js';
import { zodProbleme } from '../pruefen/zod-probleme.js';
import { istObjekt, parseJson } from './lese-json-tabelle.js';
import { parseDatum } from './parse-datum.js';

/** Parses bericht.json text; unknown keys are a warning, invalid values errors. */
export function leseBericht(datei: string, text: string, probleme: Problem[]): BerichtMeta {
  const daten = parseJson(datei, text, probleme);
  if (daten === undefined) return {};
  if (!istObjekt(daten)) {
    probleme.push({ schwere: 'fehler', datei, meldung: 'Erwartet ein Objekt mit den Schlüsseln ' + BERICHT_SCHLUESSEL.join(', ') });
    return {};
  }
  const unbekannt = Object.keys(daten).filter((k) => !BERICHT_SCHLUESSEL.includes(k));
  if (unbekannt.length > 0) probleme.push({ schwere: 'warnung', datei, meldung: M.unbekannteSchluessel(unbekannt) });
  const ergebnis = berichtSchema.safeParse(daten, { errorMap: deutscheFehlerkarte });
  if (!ergebnis.success) {
    probleme.push(...zodProbleme(datei, ergebnis.error.issues));
    return {};
  }
  const { herausgeber, redaktion, foerderhinweis, veroeffentlichung, logos, weitere_informationen } = ergebnis.data;
  const meta: BerichtMeta = {};
  if (herausgeber !== undefined) meta.herausgeber = herausgeber;
  if (redaktion !== undefined) meta.redaktion = redaktion;
  if (foerderhinweis !== undefined) meta.foerderhinweis = foerderhinweis;
  for (const [feld, wert] of [['herausgeber', herausgeber], ['redaktion', redaktion], ['foerderhinweis', foerderhinweis]] as const) {
    if (wert === undefined) {
      probleme.push({ schwere: 'warnung', datei, pfad: feld, meldung: `fehlt; das Impressum zeigt an dieser Stelle einen Hinweis statt der Angabe` });
      continue;
    }
    (Array.isArray(wert) ? wert : [wert]).forEach((zeile, i) => {
      if (/^\[.*\]$/.test(zeile.trim())) {
        probleme.push({ schwere: 'warnung', datei, pfad: Array.isArray(wert) ? `${feld}[${i}]` : feld, meldung: `${JSON.stringify(zeile)} sieht wie ein Platzhalter aus und erscheint so im Impressum` });
      }
    });
  }
  if (logos !== undefined) {
    meta.logos = logos.map((l, i) => {
      if (typeof l !== 'string') return { datei: l.datei, alt: l.alt, beschriftung: l.beschriftung ?? [] };
      probleme.push({ schwere: 'warnung', datei, pfad: `logos[${i}]`, meldung: `Logo ohne Alternativtext; besser {"datei": ${JSON.stringify(l)}, "alt": "…"}` });
      return { datei: l, alt: 'Logo', beschriftung: [] };
    });
  }
  if (weitere_informationen !== undefined) {
    meta.weitereInformationen = weitere_informationen.map((w) => ({
      url: w.url,
      ...(w.text !== undefined ? { text: w.text } : {}),
      ...(w.cluster !== undefined ? { cluster: w.cluster } : {}),
    }));
  }
  if (veroeffentlichung !== undefined) {
    const iso = parseDatum(veroeffentlichung);
    if (iso === undefined) probleme.push({ schwere: 'fehler', datei, pfad: 'veroeffentlichung', meldung: M.datumUngueltig(veroeffentlichung) });
    else meta.veroeffentlichung = iso;
  }
  return meta;
}
