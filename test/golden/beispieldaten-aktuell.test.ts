/** data/ is exactly what scripts/erzeuge-beispieldaten.mjs writes (deterministic, no hand edits drifting away). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WURZEL = fileURLToPath(new URL('../..', import.meta.url));
const DATEIEN = ['cluster.json', 'projekte.csv', 'aktivitaeten.csv', 'akteure.csv', 'beteiligungen.csv', 'bericht.json'];

describe('sample data generator', () => {
  it('reproduces data/ byte for byte, as UTF-8 with BOM, `;` and CRLF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ewm-daten-'));
    try {
      execFileSync(process.execPath, [join(WURZEL, 'scripts', 'erzeuge-beispieldaten.mjs'), dir], { stdio: 'pipe' });
      for (const datei of DATEIEN) {
        expect(readFileSync(join(dir, datei)).equals(readFileSync(join(WURZEL, 'data', datei))), datei).toBe(true);
      }
      const projekte = readFileSync(join(WURZEL, 'data', 'projekte.csv'), 'utf8');
      expect(projekte.startsWith('\uFEFFID;Titel;Cluster/Teilthema;Beteiligte Cluster;Handlungsfeld;')).toBe(true);
      expect(projekte).toContain('\r\nPR-19-01;Werner-von-Siemens Centre for Industry and Science;Industrielle Produktion;Energietechnik|Optik und Photonik;');
      expect(projekte).toContain(';15.000.000,00;;7.500.000,00;;Land Berlin;GRW;ja;');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
