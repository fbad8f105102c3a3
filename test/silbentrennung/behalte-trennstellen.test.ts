import { describe, expect, it } from 'vitest';
import { behalteTrennstellen } from '../../src/silbentrennung/behalte-trennstellen.js';

const S = '\u00ad';

describe('behalteTrennstellen', () => {
  it('keeps the soft hyphens with the measured indices and removes the others', () => {
    const html = `<p title="Teil${S}the${S}ma">Teil${S}the${S}men${S}ma${S}nage${S}ment</p><p>Clus${S}ter</p>`;
    expect(behalteTrennstellen(html, [2, 5], 6)).toBe(`<p title="Teil${S}the${S}ma">Teilthemen${S}management</p><p>Clus${S}ter</p>`);
  });

  it('leaves markup, comments and attributes alone', () => {
    const html = `<!-- a${S}b --><a href="x" data-x='y>z'>Clus${S}ter</a>`;
    expect(behalteTrennstellen(html, [], 1)).toBe(`<!-- a${S}b --><a href="x" data-x='y>z'>Cluster</a>`);
  });

  it('returns the HTML unchanged when it is not the one measured', () => {
    const html = `<p>Clus${S}ter Pro${S}jekt</p>`;
    expect(behalteTrennstellen(html, [0], 3)).toBe(html);
  });
});
