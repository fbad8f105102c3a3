import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { vorlagenOrdner } from '../../bericht/vorlagen-ordner.js';
import { registriereHelfer } from '../../format/handlebars-helfer.js';

/** The compiled clusterbericht templates and stylesheet. */
export interface ClusterberichtVorlagen {
  bericht: Handlebars.TemplateDelegate;
  css: string;
}

/** Compiles the templates on an isolated Handlebars instance with the German helpers (read on every call: the preview sees edits). */
export function ladeClusterberichtVorlagen(): ClusterberichtVorlagen {
  const ordner = vorlagenOrdner('clusterbericht');
  const hbs = Handlebars.create();
  registriereHelfer(hbs);
  const partials = path.join(ordner, 'partials');
  for (const datei of readdirSync(partials).filter((d) => d.endsWith('.hbs')).sort()) {
    hbs.registerPartial(path.basename(datei, '.hbs'), readFileSync(path.join(partials, datei), 'utf8'));
  }
  const bericht = hbs.compile(readFileSync(path.join(ordner, 'bericht.hbs'), 'utf8'), { preventIndent: true, strict: true });
  return { bericht, css: readFileSync(path.join(ordner, 'bericht.css'), 'utf8') };
}
