import { describe, expect, it } from 'vitest';
import { umbrechen } from '../../src/diagramme/umbrechen.js';

describe('umbrechen', () => {
  it('keeps short labels on one line', () => {
    expect(umbrechen('Industrie 4.0', 28)).toEqual(['Industrie 4.0']);
  });
  it('breaks at spaces', () => {
    expect(umbrechen('Verbundprojekt unter Beteiligung von Unternehmen und Hochschulen/Forschungseinrichtungen', 28)).toEqual([
      'Verbundprojekt unter',
      'Beteiligung von Unternehmen',
      'und Hochschulen/',
      'Forschungseinrichtungen',
    ]);
  });
  it('breaks after a slash without adding a space', () => {
    expect(umbrechen('gesamtclusterbezogen/handlungsfeldübergreifend', 28)).toEqual([
      'gesamtclusterbezogen/',
      'handlungsfeldübergreifend',
    ]);
    expect(umbrechen('a/b', 28)).toEqual(['a/b']);
  });
  it('keeps a hyphenated compound together when it fits and breaks after the hyphen otherwise', () => {
    expect(umbrechen('Cross Cluster-Projekte', 28)).toEqual(['Cross Cluster-Projekte']);
    expect(umbrechen('Fachkräftegewinnung, -bindung und -entwicklung', 20)).toEqual([
      'Fachkräftegewinnung,',
      '-bindung und',
      '-entwicklung',
    ]);
  });
  it('splits an overlong word with hyphens', () => {
    expect(umbrechen('Donaudampfschifffahrtsgesellschaft', 12)).toEqual(['Donaudampfs-', 'chifffahrts-', 'gesellschaft']);
  });
  it('keeps the space after a word ending in a hyphen', () => {
    expect(umbrechen('Ein- und Ausgang', 28)).toEqual(['Ein- und Ausgang']);
  });
  it('returns no lines for an empty label', () => {
    expect(umbrechen('   ', 10)).toEqual([]);
  });
});
