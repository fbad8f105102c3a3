import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { registriereHelfer } from '../../format/handlebars-helfer.js';

/** The compiled EWM templates and the report stylesheet. */
export interface EwmVorlagen {
  bericht: Handlebars.TemplateDelegate;
  css: string;
}

/**
 * Finds `templates/ewm` relative to this module (works from `src/` under vitest and from `dist/src/`
 * after the build), never relative to the working directory.
 */
export function vorlagenOrdner(): string {
  let ordner = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const kandidat = path.join(ordner, 'templates', 'ewm');
    if (existsSync(path.join(kandidat, 'bericht.hbs'))) return kandidat;
    const oben = path.dirname(ordner);
    if (oben === ordner) throw new Error('Vorlagenordner templates/ewm nicht gefunden (Installation unvollständig?).');
    ordner = oben;
  }
}

let cache: EwmVorlagen | undefined;

/** Loads and compiles the EWM templates once, on an isolated Handlebars instance with the German helpers. */
export function ladeVorlagen(): EwmVorlagen {
  if (cache) return cache;
  const ordner = vorlagenOrdner();
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
  cache = { bericht, css: readFileSync(path.join(ordner, 'bericht.css'), 'utf8') };
  return cache;
}
