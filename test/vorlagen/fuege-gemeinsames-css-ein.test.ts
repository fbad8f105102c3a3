import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vorlagenOrdner } from '../../src/bericht/vorlagen-ordner.js';
import { fuegeGemeinsamesCssEin } from '../../src/vorlagen/fuege-gemeinsames-css-ein.js';
import { ladeVorlagen } from '../../src/vorlagen/lade-vorlagen.js';

/** A templates folder with a pack `test` and the shared folder holding `basis.css`. */
function vorlagen(): string {
  const wurzel = mkdtempSync(path.join(tmpdir(), 'gemeinsam-'));
  mkdirSync(path.join(wurzel, 'test'));
  mkdirSync(path.join(wurzel, 'gemeinsam'));
  writeFileSync(path.join(wurzel, 'gemeinsam', 'basis.css'), 'p { margin: 0; }\nh1 { color: red; }\n');
  return path.join(wurzel, 'test');
}

describe('fuegeGemeinsamesCssEin', () => {
  it('replaces an import line by the shared file, without its final line break', () => {
    const css = ':root { --a: 1; }\n@import "../gemeinsam/basis.css";\na { color: inherit; }\n';
    expect(fuegeGemeinsamesCssEin(css, vorlagen())).toBe(':root { --a: 1; }\np { margin: 0; }\nh1 { color: red; }\na { color: inherit; }\n');
  });

  it('refuses any other @import (the report page loads no files)', () => {
    expect(() => fuegeGemeinsamesCssEin('@import url("https://example.org/x.css");\n', vorlagen())).toThrow(/wird nicht unterstützt/);
    expect(() => fuegeGemeinsamesCssEin('p {}\n  @import "../gemeinsam/basis.css"; p {}\n', vorlagen())).toThrow(/eigenen Zeile/);
  });

  it('names a shared file that does not exist', () => {
    expect(() => fuegeGemeinsamesCssEin('@import "../gemeinsam/fehlt.css";\n', vorlagen())).toThrow(/fehlt\.css/);
  });

  it('both packs take in the shared rules, and neither keeps an import for the browser', () => {
    const basis = readFileSync(path.join(path.dirname(vorlagenOrdner('ewm')), 'gemeinsam', 'grundlage.css'), 'utf8').trimEnd();
    for (const paket of ['ewm', 'clusterbericht']) {
      const { css } = ladeVorlagen(paket);
      expect(css).toContain(basis);
      expect(css).not.toMatch(/@import/);
      expect(readFileSync(path.join(vorlagenOrdner(paket), 'bericht.css'), 'utf8')).not.toContain(basis);
    }
  });
});
