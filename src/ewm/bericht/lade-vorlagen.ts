import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { vorlagenOrdner } from '../../bericht/vorlagen-ordner.js';
import { registriereHelfer } from '../../format/handlebars-helfer.js';

/** The compiled EWM templates and the report stylesheet. */
export interface EwmVorlagen {
  bericht: Handlebars.TemplateDelegate;
  css: string;
}

let cache: { signatur: string; vorlagen: EwmVorlagen } | undefined;

/** Size and modification time of every template file: a changed signature means "compile again". */
function signaturVon(ordner: string): string {
  const partials = path.join(ordner, 'partials');
  const dateien = [path.join(ordner, 'bericht.hbs'), path.join(ordner, 'bericht.css'), ...readdirSync(partials).sort().map((d) => path.join(partials, d))];
  return dateien.map((d) => {
    const s = statSync(d);
    return `${d}:${s.size}:${s.mtimeMs}`;
  }).join('|');
}

/**
 * Loads and compiles the EWM templates on an isolated Handlebars instance with the German helpers.
 * Compiled once and reused until a template file changes (the live preview picks up edits).
 */
export function ladeVorlagen(): EwmVorlagen {
  const ordner = vorlagenOrdner('ewm');
  const signatur = signaturVon(ordner);
  if (cache?.signatur === signatur) return cache.vorlagen;
  const hbs = Handlebars.create();
  registriereHelfer(hbs);
  hbs.registerHelper('absatz', (saetze: unknown) => {
    if (!Array.isArray(saetze)) throw new TypeError('Helfer "absatz": Liste von Sätzen erwartet');
    return saetze.join(' ');
  });
  const partials = path.join(ordner, 'partials');
  for (const datei of readdirSync(partials).filter((d) => d.endsWith('.hbs')).sort()) {
    hbs.registerPartial(path.basename(datei, '.hbs'), readFileSync(path.join(partials, datei), 'utf8'));
  }
  const bericht = hbs.compile(readFileSync(path.join(ordner, 'bericht.hbs'), 'utf8'), { preventIndent: true });
  const vorlagen = { bericht, css: readFileSync(path.join(ordner, 'bericht.css'), 'utf8') };
  cache = { signatur, vorlagen };
  return vorlagen;
}
