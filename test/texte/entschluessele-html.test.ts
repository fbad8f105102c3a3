import { describe, expect, it } from 'vitest';
import { entschluesseleHtml } from '../../src/texte/entschluessele-html.js';

describe('entschluesseleHtml', () => {
  it('resolves named and numeric character references, and leaves unknown names', () => {
    expect(entschluesseleHtml('„Digital Plus“ &amp; mehr &lt;a&gt; &quot;x&quot; &#39;y&#x27; &#x3D; &#x60; &nbsp;')).toBe('„Digital Plus“ & mehr <a> "x" \'y\' = ` &nbsp;');
  });
});
