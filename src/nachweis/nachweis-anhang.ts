/** The appendix "Nachweis der Kennzahlen": definition, value and records of every key the report links. */
import { nachweisId } from './ersetze-marken.js';
import { nachweisWert } from './nachweis-wert.js';
import { fundstellenText } from './formatiere-erklaerung.js';
import type { KennzahlNachweis, Nachweis } from './typen.js';

const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const e = (text: string): string => text.replace(/[&<>"']/g, (z) => ESCAPE[z] as string);

/** Records listed per key; the rest is in nachweis.json. */
const HOECHSTENS = 200;

/** Styles of the marks and the appendix; an entry opened by its link (`:target`) shows as a panel over the page. */
export const NACHWEIS_CSS = `
a.kz { color: inherit; text-decoration: underline dotted; text-underline-offset: 0.15em; }
a.kz:hover, a.kz:focus { background: #fff3b0; }
.nachweis-anhang { break-before: page; font-size: 8.5pt; }
.nachweis-anhang section.nachweis { margin: 0 0 1.2em; break-inside: avoid-page; }
.nachweis-anhang h3 { font-size: 10pt; margin: 0.8em 0 0.2em; }
.nachweis-anhang code { font-family: inherit; font-weight: 600; }
.nachweis-anhang ol { margin: 0.3em 0; padding-left: 1.6em; }
.nachweis-anhang .zurueck { font-size: 8pt; }
@media print { .nachweis-anhang .zurueck { display: none; } }
@media screen {
  .nachweis-anhang section.nachweis:target {
    position: fixed; z-index: 10; top: 6vh; left: 8vw; right: 8vw; max-height: 84vh; overflow: auto; margin: 0;
    padding: 1em 1.4em; background: #fff; border: 2px solid #1f4e79; box-shadow: 0 0.5em 2em rgba(0, 0, 0, 0.35);
  }
}
`;

function wert(n: KennzahlNachweis, w: number): string {
  return nachweisWert(n.einheit, w);
}

function eintrag(schluessel: string, n: KennzahlNachweis, definition: string | undefined): string {
  const zeilen = n.datensaetze.slice(0, HOECHSTENS).map((d) => {
    const betrag = d.betrag === undefined ? '' : ` – ${e(wert(n, d.betrag))}`;
    const ueber = d.ueber === undefined || d.ueber.length === 0 ? '' : ` – über ${d.ueber.map((b) => `${e(b.akteur)} → ${e(b.vorhaben)} (${e(fundstellenText(b))})`).join(', ')}`;
    return `<li><code>${e(fundstellenText(d))}</code> ${e(d.id)} ${e(d.titel)}${betrag}${ueber}</li>`;
  });
  if (n.datensaetze.length > HOECHSTENS) zeilen.push(`<li>… und ${n.datensaetze.length - HOECHSTENS} weitere (siehe nachweis.json)</li>`);
  const aus = (n.ausgeschlossen ?? []).map((a) => `<li><code>${e(fundstellenText(a))}</code> ${e(a.id)} ${e(a.titel)} – ${e(a.grund)}</li>`);
  return [
    `<section class="nachweis" id="${e(nachweisId(schluessel))}">`,
    `<h3><code>${e(schluessel)}</code> = ${e(wert(n, n.wert))}</h3>`,
    definition === undefined ? '' : `<p>${e(definition)}</p>`,
    n.datensaetze.length === 0 ? '<p>Keine Datensätze.</p>' : `<p>Datensätze (${n.datensaetze.length}):</p><ol>${zeilen.join('')}</ol>`,
    aus.length === 0 ? '' : `<p>Nicht gezählt (${aus.length}):</p><ul>${aus.join('')}</ul>`,
    '<p class="zurueck"><a href="#">schließen</a></p>',
    '</section>',
  ].join('');
}

/** The appendix for `schluessel` (in that order), as an HTML section. */
export function nachweisAnhang(nachweis: Nachweis, schluessel: readonly string[], definition: (s: string) => string | undefined): string {
  const eintraege = schluessel.flatMap((s) => {
    const n = nachweis.kennzahl(s);
    return n === undefined ? [] : [eintrag(s, n, definition(s))];
  });
  return [
    '<section class="nachweis-anhang" id="nachweis">',
    '<h2>Nachweis der Kennzahlen</h2>',
    `<p>Für jede im Bericht verlinkte Zahl: der Schlüssel in kennzahlen.json, die Definition, der Wert und die Datensätze des Exports (Datei:Zeile), aus denen er berechnet ist. Vollständig in nachweis.json.</p>`,
    ...eintraege,
    '</section>',
  ].join('\n');
}
