/** docs/clusterbericht.md documents every column of the nine tables with its German label and every enumeration value. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLUSTERBERICHT_TABELLEN } from '../../src/clusterbericht/tabellen.js';

const doku = readFileSync(fileURLToPath(new URL('../../docs/clusterbericht.md', import.meta.url)), 'utf8');

describe('docs/clusterbericht.md', () => {
  it.each(CLUSTERBERICHT_TABELLEN.map((t) => [t.name, t] as const))('documents table %s', (name, tabelle) => {
    const abschnitt = doku.split(`### ${name}\n`)[1]?.split('\n### ')[0]?.split('\n## ')[0] ?? '';
    expect(abschnitt, name).not.toBe('');
    for (const s of tabelle.spalten) {
      expect(abschnitt, `${name}.${s.name}`).toContain(`| \`${s.name}\` | ${s.label} |`);
      for (const w of s.aufzaehlung?.werte ?? []) expect(abschnitt, `${name}.${s.name}=${w.slug}`).toContain(w.slug === w.label ? `\`${w.slug}\`` : `\`${w.slug}\` (${w.label}`);
    }
  });
});
