import { parse, YAMLParseError } from 'yaml';

/** A Markdown file split into its YAML front matter and body. */
export type FrontMatterErgebnis =
  | { ok: true; daten: Record<string, unknown>; koerper: string }
  | { ok: false; zeile: number; meldung: string };

/**
 * Splits `---\n yaml \n---\n body`. A file without an opening `---` line has no front matter.
 * Errors name the line in the file (the opening `---` is line 1).
 */
export function trenneFrontMatter(text: string): FrontMatterErgebnis {
  const ohneBom = text.replace(/^\uFEFF/, '');
  const zeilen = ohneBom.split(/\r?\n/);
  if (zeilen[0]?.trim() !== '---') return { ok: true, daten: {}, koerper: ohneBom };
  const ende = zeilen.findIndex((z, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(z));
  if (ende < 0) return { ok: false, zeile: 1, meldung: 'Front Matter ohne abschließende Zeile "---".' };
  const yamlText = zeilen.slice(1, ende).join('\n');
  let daten: unknown;
  try {
    daten = parse(yamlText);
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const zeile = (e.linePos?.[0]?.line ?? 0) + 1;
      const erste = e.message.split('\n')[0] ?? e.message;
      return { ok: false, zeile, meldung: `Front Matter ist kein gültiges YAML: ${erste}` };
    }
    throw e;
  }
  if (daten === null || daten === undefined) daten = {};
  if (typeof daten !== 'object' || Array.isArray(daten)) {
    return { ok: false, zeile: 2, meldung: 'Front Matter muss aus Schlüssel-Wert-Paaren bestehen (z. B. "titel: …").' };
  }
  return { ok: true, daten: daten as Record<string, unknown>, koerper: zeilen.slice(ende + 1).join('\n') };
}
