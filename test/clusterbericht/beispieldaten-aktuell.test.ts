/** data/clusterbericht/ is exactly what scripts/erzeuge-clusterbericht-daten.mjs writes (deterministic, no drifting hand edits). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WURZEL = fileURLToPath(new URL('../..', import.meta.url));

describe('clusterbericht sample data generator', () => {
  it('reproduces data/clusterbericht/ byte for byte, German Excel CSV with labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-daten-'));
    try {
      execFileSync(process.execPath, [join(WURZEL, 'scripts', 'erzeuge-clusterbericht-daten.mjs'), dir], { stdio: 'pipe' });
      const dateien = readdirSync(join(dir, 'clusterbericht')).sort();
      expect(dateien).toEqual(readdirSync(join(WURZEL, 'data', 'clusterbericht')).sort());
      expect(dateien).toHaveLength(9);
      for (const datei of dateien) {
        expect(readFileSync(join(dir, 'clusterbericht', datei)).equals(readFileSync(join(WURZEL, 'data', 'clusterbericht', datei))), datei).toBe(true);
      }
      const branche = readFileSync(join(WURZEL, 'data', 'clusterbericht', 'branche.csv'), 'utf8');
      expect(branche.startsWith('\uFEFFCluster;Jahr;Segment;Bezeichnung;Bezugsjahr;Unternehmen;Beschäftigte;Umsatz;Exportanteil (%);Quelle\r\n')).toBe(true);
      expect(branche).toContain(';2015;kraftwagen-teile;Herstellung von Kraftwagen und Kraftwagenteilen;2014;29;3.470;603.041.000,00;24;');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
