import { describe, expect, it } from 'vitest';
import { markiereEng } from '../../src/pdf/markiere-eng.js';

describe('markiereEng', () => {
  it('marks the measured page-starting elements by document order and leaves the others', () => {
    const html = '<section class="kapitel" data-seitenanfang><p>1</p></section><section data-seitenanfang>2</section><section data-seitenanfang>3</section>';
    expect(markiereEng(html, [[0, 1], [2, 2]])).toBe(
      '<section class="kapitel" data-seitenanfang data-satz-eng="1"><p>1</p></section><section data-seitenanfang>2</section><section data-seitenanfang data-satz-eng="2">3</section>',
    );
    expect(markiereEng(html, [])).toBe(html);
  });
});
