/**
 * Test helper: a copy of data/ with hostile values in every place a value reaches the report —
 * cluster names (title page, sentences, Tabellen 1/2, PDF metadata), Handlungsfeld names
 * (Abbildungen 4/7, sentences), project titles, actor names, the Herausgeber (PDF author),
 * Erfolgsbeispiel titles and analyst Markdown with raw HTML, images and links to a local server.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WURZEL } from '../hilfen/pfade.js';

/** The hostile strings of one run; `url(pfad)` points at the spy server. */
export interface FeindlicheWerte {
  /** Name of the report's own management (industrielle-produktion). */
  eigenerCluster: string;
  /** Cluster names that appear as rows of Tabelle 1/2. */
  skriptCluster: string;
  unicodeCluster: string;
  langerCluster: string;
  /** Handlungsfeld "Industrie 4.0" of the own management. */
  handlungsfeld: string;
  /** Handlungsfeld "Additive Fertigung": 10,000 characters in Abbildungen 4/7 and sentences. */
  langesHandlungsfeld: string;
  projektTitel: string;
  akteurName: string;
  herausgeber: string;
  beispielTitel: string;
}

/** A 10,000-character name without any break opportunity. */
export const LANGER_NAME = `Langname${'x'.repeat(10_000 - 'Langname'.length)}`;

/** Builds the hostile values for a spy server on `port`. */
export function feindlicheWerte(port: number): FeindlicheWerte {
  const url = (p: string): string => `http://127.0.0.1:${port}/${p}`;
  return {
    eigenerCluster: `Industrielle <img src=${url('cluster')}> Produktion`,
    skriptCluster: "<script>document.title='pwned'</script>",
    unicodeCluster: 'Optik \u202Ekinotohp\u202C und\u200BPhotonik 🔬 {{#each}} </svg>',
    langerCluster: LANGER_NAME,
    handlungsfeld: `Industrie 4.0 {{#each this}}</svg><img src=${url('hf')}>`,
    langesHandlungsfeld: `Additiv${'y'.repeat(10_000 - 'Additiv'.length)}`,
    projektTitel: `<img src=${url('projekt')}> & "Titel" 'x'`,
    akteurName: LANGER_NAME,
    herausgeber: `Land Berlin <script>alert(1)</script> ) \\ (`,
    beispielTitel: `EU-Förderprogramm <img src=${url('beispiel')}> {{titel}}`,
  };
}

/** Markdown appended to the analyst's Überblick: raw HTML, images, links, CSS, all pointing at the spy server. */
export function feindlichesMarkdown(port: number): string {
  const url = (p: string): string => `http://127.0.0.1:${port}/${p}`;
  return [
    '',
    `Roh: <img src="${url('md-roh')}"> und <script>document.title='pwned'</script> und <iframe src="${url('md-iframe')}"></iframe>`,
    '',
    `<link rel="stylesheet" href="${url('md-css')}"><style>@import url(${url('md-import')});</style>`,
    '',
    `Bild: ![Spion](${url('md-bild')}) und Link: [Verweis](${url('md-link')}) und <${url('md-auto')}>`,
    '',
    // Template syntax is never evaluated; unescaped, an unknown helper would stop the run (exit 2).
    `Vorlage: \\{{#each}} \\{{{titel}}} {{kennzahl "projekte.neu.2019"}} </svg> \u202Eesrever\u202C null\u200Bbreit 😀 ${LANGER_NAME}`,
    '',
  ].join('\n');
}

/** Copies data/ into `ziel` and writes the hostile values into it; returns them. */
export async function schreibeFeindlicheDaten(ziel: string, port: number): Promise<FeindlicheWerte> {
  const w = feindlicheWerte(port);
  await cp(path.join(WURZEL, 'data'), ziel, { recursive: true });
  const datei = (name: string): string => path.join(ziel, name);

  // cluster.json: names; the CSVs refer to clusters and Handlungsfelder by name, so they switch to slugs
  const umbenennen: Record<string, string> = {
    'industrielle-produktion': w.eigenerCluster,
    energietechnik: w.skriptCluster,
    'optik-photonik': w.unicodeCluster,
    gesundheitswirtschaft: w.langerCluster,
  };
  const registry = JSON.parse(await readFile(datei('cluster.json'), 'utf8')) as {
    cluster: { slug: string; name: string; handlungsfelder?: { slug: string; name: string }[] }[];
  };
  const alteNamen = new Map<string, string>();
  for (const c of registry.cluster) {
    alteNamen.set(c.name, c.slug);
    const neu = umbenennen[c.slug];
    if (neu !== undefined) c.name = neu;
    for (const h of c.handlungsfelder ?? []) {
      if (h.slug === 'industrie-4-0') h.name = w.handlungsfeld;
      if (h.slug === 'additive-fertigung') h.name = w.langesHandlungsfeld;
    }
  }
  await writeFile(datei('cluster.json'), JSON.stringify(registry, null, 2));
  for (const tabelle of ['projekte.csv', 'aktivitaeten.csv']) {
    let text = await readFile(datei(tabelle), 'utf8');
    // longest names first, so "Industrielle Produktion" is not hit by a shorter name inside it
    for (const [name, slug] of [...alteNamen].sort(([a], [b]) => b.length - a.length)) text = text.split(name).join(slug);
    text = text.split(';Industrie 4.0;').join(';industrie-4-0;').split(';Additive Fertigung;').join(';additive-fertigung;');
    await writeFile(datei(tabelle), text);
  }

  // a project title and an actor name (not printed by the EWM report, but read and checked)
  const projekte = (await readFile(datei('projekte.csv'), 'utf8')).split('\n');
  const p = projekte.findIndex((z) => z.includes(';industrielle-produktion;'));
  projekte[p] = projekte[p]!.replace(/^([^;]*);[^;]*;/, `$1;"${w.projektTitel.replace(/"/g, '""')}";`);
  await writeFile(datei('projekte.csv'), projekte.join('\n'));
  const akteure = (await readFile(datei('akteure.csv'), 'utf8')).split('\n');
  akteure[1] = akteure[1]!.replace(/^([^;]*);[^;]*;/, `$1;${w.akteurName};`);
  await writeFile(datei('akteure.csv'), akteure.join('\n'));

  // bericht.json: the first Herausgeber is the PDF author
  const bericht = JSON.parse(await readFile(datei('bericht.json'), 'utf8')) as { herausgeber: string[] };
  bericht.herausgeber[0] = w.herausgeber;
  await writeFile(datei('bericht.json'), JSON.stringify(bericht, null, 2));

  // analyst texts
  const texte = path.join('texte', '2019', 'industrielle-produktion');
  const ueberblick = datei(path.join(texte, 'ueberblick.md'));
  await writeFile(ueberblick, `${await readFile(ueberblick, 'utf8')}${feindlichesMarkdown(port)}`);
  // the same in a section slot, after a subheading
  await writeFile(datei(path.join(texte, '3-1-projekte.md')), `## Cross Cluster-Projekte\n${feindlichesMarkdown(port)}`);
  const beispiel = datei(path.join(texte, 'erfolgsbeispiele', '01-amable.md'));
  const text = await readFile(beispiel, 'utf8');
  await writeFile(beispiel, text.replace(/^titel: .*$/m, `titel: '${w.beispielTitel}'`));
  return w;
}
