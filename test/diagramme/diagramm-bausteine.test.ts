import { describe, expect, it } from 'vitest';
import { balkenDiagramm, wertBereichBalken } from '../../src/diagramme/balken.js';
import { saeulenDiagramm } from '../../src/diagramme/saeulen.js';

const zeile = (kategorie: string, serie: string, wert: number) => ({ kategorie, serie, wert, beschriftung: String(wert) });

describe('saeulenDiagramm', () => {
  it('refuses value labels wider than their column', () => {
    const o = { kategorien: ['a'], serien: ['s1', 's2', 's3', 's4', 's5'], breite: 60, hoehe: 100 };
    expect(() => saeulenDiagramm({ ...o, zeilen: [zeile('a', 's1', 123456789)] })).toThrow(
      /^Wertbeschriftung „123456789“ ist breiter als ihre Säule \(\d+ px\)$/,
    );
  });

  it('leaves room above the highest column for its label and handles all-zero data', () => {
    const s = saeulenDiagramm({ zeilen: [zeile('a', 's', 10)], kategorien: ['a'], serien: ['s'], breite: 200, hoehe: 117 }) as {
      encoding: { y: { scale: { domain: number[] } } };
    };
    expect(s.encoding.y.scale.domain).toEqual([0, 11.7]);
    const null0 = saeulenDiagramm({ zeilen: [zeile('a', 's', 0)], kategorien: ['a'], serien: ['s'], breite: 200, hoehe: 100 }) as {
      encoding: { y: { scale: { domain: number[] } } };
    };
    expect(null0.encoding.y.scale.domain).toEqual([0, 1]);
  });
});

describe('balkenDiagramm', () => {
  it('extends the value scale so the longest bar keeps room for its label', () => {
    const max = wertBereichBalken([zeile('a', 's', 9)], 200);
    expect(max).toBeGreaterThan(9);
    expect((9 / max) * 200 + 7 + 4 + 2).toBeLessThanOrEqual(200);
    expect(wertBereichBalken([zeile('a', 's', 0)], 200)).toBe(1);
  });

  it('groups series with an offset only when asked or when there are several', () => {
    const einfach = balkenDiagramm({ zeilen: [zeile('a', 's', 1)], kategorien: ['a'], serien: ['s'], breite: 200 }) as { encoding: Record<string, unknown> };
    expect(einfach.encoding.yOffset).toBeUndefined();
    const zwei = balkenDiagramm({ zeilen: [zeile('a', 's', 1)], kategorien: ['a'], serien: ['s', 't'], breite: 200 }) as { encoding: Record<string, unknown> };
    expect(zwei.encoding.yOffset).toBeDefined();
    const farbig = balkenDiagramm({ zeilen: [zeile('a', 's', 1)], kategorien: ['a'], serien: ['s', 't'], gruppiert: false, breite: 200 }) as { encoding: Record<string, unknown> };
    expect(farbig.encoding.yOffset).toBeUndefined();
  });
});
