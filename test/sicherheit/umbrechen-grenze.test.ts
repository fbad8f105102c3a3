import { describe, expect, it } from 'vitest';
import { umbrechen } from '../../src/diagramme/umbrechen.js';

describe('umbrechen with a line limit (chart labels from hostile data)', () => {
  it('cuts a 10,000-character name to the limit, the last line ending in an ellipsis', () => {
    const zeilen = umbrechen(`Langname${'x'.repeat(9992)}`, 30, 4);
    expect(zeilen).toEqual(['Langnamexxxxxxxxxxxxxxxxxxxxx-', 'x'.repeat(29) + '-', 'x'.repeat(29) + '-', `${'x'.repeat(29)}…`]);
  });
  it('cuts after whole words and leaves labels within the limit unchanged', () => {
    expect(umbrechen('eins zwei drei vier fünf sechs', 9, 2)).toEqual(['eins zwei', 'drei vie…']);
    expect(umbrechen('gesamtclusterbezogen/handlungsfeldübergreifend', 30, 4)).toEqual(['gesamtclusterbezogen/', 'handlungsfeldübergreifend']);
  });
});
