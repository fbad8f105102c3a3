// A report counts and prints the data warnings of the tables it reads: the sample's warning in the EWM table
// beteiligungen.csv belongs to the EWM reports, not to the clusterbericht.
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starteCli } from '../hilfen/werkzeuge.js';

let basis: string;
beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'warnungen-'));
});
afterAll(() => rm(basis, { recursive: true, force: true }));

const WARNUNG = 'beteiligungen.csv:3: Die Beteiligung von Akteur "AK-0040"';

/** The `warnungen` per management of a run's --zusammenfassung. */
async function warnungen(argumente: string[], name: string): Promise<{ stderr: string; je: Record<string, unknown> }> {
  const datei = path.join(basis, `${name}.json`);
  const lauf = await starteCli([...argumente, '--format', 'json', '--ausgabe', path.join(basis, name), '--zusammenfassung', datei]);
  expect(lauf.code, lauf.stderr).toBe(0);
  const z = JSON.parse(await readFile(datei, 'utf8')) as { berichte: { cluster: string; warnungen: number }[] };
  return { stderr: lauf.stderr, je: Object.fromEntries(z.berichte.map((b) => [b.cluster, b.warnungen])) };
}

describe('data warnings per format', () => {
  it('--alle: the clusterbericht row does not count the warning of an EWM table, the EWM rows do', async () => {
    const { stderr, je } = await warnungen(['2015', '--alle', '--leer'], 'alle');
    expect(stderr).toContain(WARNUNG);
    expect(je['sondermaschinen-anlagenbau']).toBe(0);
    expect(je['industrielle-produktion']).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('a single clusterbericht run neither prints nor counts it; a single EWM run does both', async () => {
    const cb = await warnungen(['2015', '--cluster', 'sondermaschinen-anlagenbau'], 'cb');
    expect(cb.stderr).not.toContain('beteiligungen.csv');
    expect(cb.je['sondermaschinen-anlagenbau']).toBe(0);
    const ewm = await warnungen(['2019', '--cluster', 'industrielle-produktion'], 'ewm');
    expect(ewm.stderr).toContain(WARNUNG);
    expect(ewm.je['industrielle-produktion']).toBe(1);
  }, 120_000);
});
