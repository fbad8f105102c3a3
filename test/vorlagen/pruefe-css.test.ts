import { describe, expect, it } from 'vitest';
import { pruefeCss } from '../../src/vorlagen/pruefe-css.js';

describe('pruefeCss', () => {
  it('passes a stylesheet through unchanged', () => {
    expect(pruefeCss('bericht', 'p { margin: 0; }')).toBe('p { margin: 0; }');
  });

  it('refuses a stylesheet that would close the <style> element', () => {
    expect(() => pruefeCss('seite', 'p {} </STYLE><script>')).toThrow('CSS "seite" enthält "</style"');
  });
});
