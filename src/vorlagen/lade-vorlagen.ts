/**
 * Loads a report format's template pack `templates/<paket>/`: `bericht.hbs`, `bericht.css` and
 * `partials/*.hbs`, compiled on an isolated Handlebars instance with the German helpers. Compiled once and
 * reused until a template file changes (the live preview picks up edits). Knows no format: the pack's
 * name and its extra helpers come from the format.
 *
 * The rules every pack shares live once in `templates/gemeinsam/*.css`; a pack's `bericht.css` takes one
 * in with a line `@import "../gemeinsam/NAME.css";`, which is replaced here by that file's text (the
 * report is a single sandboxed page that loads nothing, so the browser never sees an `@import`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { vorlagenOrdner } from '../bericht/vorlagen-ordner.js';
import { fuegeGemeinsamesCssEin } from './fuege-gemeinsames-css-ein.js';
import { gemeinsamOrdner } from './gemeinsam-ordner.js';
import { registriereHelfer } from '../format/handlebars-helfer.js';

/** A compiled template pack: the report template and its stylesheet. */
export interface Vorlagen {
  bericht: Handlebars.TemplateDelegate;
  css: string;
}

export interface VorlagenOptionen {
  /** Registers the format's own helpers beside the German ones. */
  helfer?: (hbs: typeof Handlebars) => void;
  /** Handlebars strict mode: a missing field is an error instead of empty output. */
  strict?: boolean;
}

const cache = new Map<string, { signatur: string; vorlagen: Vorlagen }>();

/** Compiles `templates/<paket>/` (see the module comment). */
export function ladeVorlagen(paket: string, optionen: VorlagenOptionen = {}): Vorlagen {
  const ordner = vorlagenOrdner(paket);
  const signatur = signaturVon(ordner);
  const vorher = cache.get(paket);
  if (vorher?.signatur === signatur) return vorher.vorlagen;
  const hbs = Handlebars.create();
  registriereHelfer(hbs);
  optionen.helfer?.(hbs);
  const partials = path.join(ordner, 'partials');
  for (const datei of readdirSync(partials).filter((d) => d.endsWith('.hbs')).sort()) {
    hbs.registerPartial(path.basename(datei, '.hbs'), readFileSync(path.join(partials, datei), 'utf8'));
  }
  const kompilieren = optionen.strict ? { preventIndent: true, strict: true } : { preventIndent: true };
  const bericht = hbs.compile(readFileSync(path.join(ordner, 'bericht.hbs'), 'utf8'), kompilieren);
  const vorlagen = { bericht, css: fuegeGemeinsamesCssEin(readFileSync(path.join(ordner, 'bericht.css'), 'utf8'), ordner) };
  cache.set(paket, { signatur, vorlagen });
  return vorlagen;
}

/** Size and modification time of every template file: a changed signature means "compile again". */
function signaturVon(ordner: string): string {
  const partials = path.join(ordner, 'partials');
  const gemeinsam = gemeinsamOrdner(ordner);
  const dateien = [
    path.join(ordner, 'bericht.hbs'),
    path.join(ordner, 'bericht.css'),
    ...readdirSync(partials).sort().map((d) => path.join(partials, d)),
    ...readdirSync(gemeinsam).sort().map((d) => path.join(gemeinsam, d)),
  ];
  return dateien
    .map((d) => {
      const s = statSync(d);
      return `${d}:${s.size}:${s.mtimeMs}`;
    })
    .join('|');
}
