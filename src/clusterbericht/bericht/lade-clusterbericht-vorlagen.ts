import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { registriereHelfer } from '../../format/handlebars-helfer.js';

/** The compiled clusterbericht templates and stylesheet. */
export interface ClusterberichtVorlagen {
  bericht: Handlebars.TemplateDelegate;
  css: string;
}

/** Finds `templates/clusterbericht` relative to this module (from `src/` under vitest and from `dist/src/`). */
function vorlagenOrdner(): string {
  let ordner = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const kandidat = path.join(ordner, 'templates', 'clusterbericht');
    if (existsSync(path.join(kandidat, 'bericht.hbs'))) return kandidat;
    const oben = path.dirname(ordner);
    if (oben === ordner) throw new Error('Vorlagenordner templates/clusterbericht nicht gefunden (Installation unvollständig?).');
    ordner = oben;
  }
}

/** Compiles the templates on an isolated Handlebars instance with the German helpers (read on every call: the preview sees edits). */
export function ladeClusterberichtVorlagen(): ClusterberichtVorlagen {
  const ordner = vorlagenOrdner();
  const hbs = Handlebars.create();
  registriereHelfer(hbs);
  const partials = path.join(ordner, 'partials');
  for (const datei of readdirSync(partials).filter((d) => d.endsWith('.hbs')).sort()) {
    hbs.registerPartial(path.basename(datei, '.hbs'), readFileSync(path.join(partials, datei), 'utf8'));
  }
  const bericht = hbs.compile(readFileSync(path.join(ordner, 'bericht.hbs'), 'utf8'), { preventIndent: true, strict: true });
  return { bericht, css: readFileSync(path.join(ordner, 'bericht.css'), 'utf8') };
}
