// Property tests (fast-check): generated and mutated CSV/JSON data directories through the reader and
// validator in-process. The only acceptable outcomes are valid data without errors, or no data with at
// least one error problem that names its file — never an exception.
// FUZZ_SEED=<n> reproduces a run; FUZZ_RUNS=<n> scales every property (default below).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ladeDaten, type LadeErgebnis } from '../../src/pruefen/lade-daten.js';
import { FORMATE } from '../../src/formate.js';
import { WURZEL } from '../hilfen/pfade.js';

const MINIMAL = path.join(WURZEL, 'test', 'fixtures', 'gueltig', 'minimal');
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_190_715);
const FAKTOR = Number(process.env['FUZZ_RUNS'] ?? 1);
const runs = (n: number): number => Math.max(1, Math.round(n * FAKTOR));

type Dateien = Record<string, Uint8Array>;
const BASIS: Dateien = Object.fromEntries(readdirSync(MINIMAL).map((d) => [d, readFileSync(path.join(MINIMAL, d))]));
/** The minimal export with projekte and akteure as JSON records (values as strings). */
const BASIS_JSON: Dateien = (() => {
  const alsJson = (datei: string): Uint8Array => {
    const [kopf, ...zeilen] = new TextDecoder().decode(BASIS[datei]).trimEnd().split('\n').map((z) => z.split(';'));
    const records = zeilen.map((z) => Object.fromEntries((kopf ?? []).map((k, i) => [k, z[i]]).filter(([, w]) => w !== '')));
    return new TextEncoder().encode(JSON.stringify(records, null, 1));
  };
  const { 'projekte.csv': _p, 'akteure.csv': _a, ...rest } = BASIS;
  return { ...rest, 'projekte.json': alsJson('projekte.csv'), 'akteure.json': alsJson('akteure.csv') };
})();

const wurzel = mkdtempSync(path.join(os.tmpdir(), 'ewm-fuzz-'));
let nummer = 0;
let laeufe = 0;
afterAll(() => {
  rmSync(wurzel, { recursive: true, force: true });
  console.log(`Fuzz: ${laeufe} Läufe durch ladeDaten (Seed ${SEED}).`);
});

/** Writes the files into a fresh folder, reads it, removes it, and checks the contract. */
async function pruefe(dateien: Dateien): Promise<void> {
  laeufe += 1;
  const ordner = path.join(wurzel, String(nummer++));
  mkdirSync(ordner);
  let ergebnis: LadeErgebnis;
  try {
    for (const [name, inhalt] of Object.entries(dateien)) writeFileSync(path.join(ordner, name), inhalt);
    ergebnis = await ladeDaten(ordner, FORMATE);
  } finally {
    rmSync(ordner, { recursive: true, force: true });
  }
  const fehler = ergebnis.probleme.filter((p) => p.schwere === 'fehler');
  if (ergebnis.daten !== undefined) {
    expect(fehler).toEqual([]);
  } else {
    expect(fehler.length).toBeGreaterThan(0);
  }
  for (const p of ergebnis.probleme) {
    expect(Object.keys(dateien)).toContain(p.datei);
    expect(p.meldung.length).toBeGreaterThan(0);
    if (p.zeile !== undefined) expect(Number.isInteger(p.zeile) && p.zeile >= 1).toBe(true);
  }
}

const dateiname = (d: Dateien): fc.Arbitrary<string> => fc.constantFrom(...Object.keys(d).sort());
const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const bytes = (t: string): Uint8Array => new TextEncoder().encode(t);

/** Byte-level damage: flip, insert, delete, truncate, duplicate. */
const byteMutation = fc.oneof(
  fc.record({ art: fc.constant('kippen' as const), pos: fc.nat(), wert: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ art: fc.constant('einfuegen' as const), pos: fc.nat(), neu: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ art: fc.constant('loeschen' as const), pos: fc.nat(), laenge: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ art: fc.constant('abschneiden' as const), pos: fc.nat() }),
  fc.record({ art: fc.constant('verdoppeln' as const), pos: fc.nat(), laenge: fc.integer({ min: 1, max: 200 }) }),
);
type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function wendeAn(b: Uint8Array, m: ByteMutation): Uint8Array {
  const buf = Buffer.from(b);
  const pos = buf.length === 0 ? 0 : m.pos % (buf.length + 1);
  switch (m.art) {
    case 'kippen':
      if (pos < buf.length) buf[pos] = m.wert;
      return buf;
    case 'einfuegen':
      return Buffer.concat([buf.subarray(0, pos), Buffer.from(m.neu), buf.subarray(pos)]);
    case 'loeschen':
      return Buffer.concat([buf.subarray(0, pos), buf.subarray(pos + m.laenge)]);
    case 'abschneiden':
      return buf.subarray(0, pos);
    case 'verdoppeln':
      return Buffer.concat([buf.subarray(0, pos + m.laenge), buf.subarray(pos)]);
  }
}

/** Characters that break CSV and JSON structure, plus unicode oddities. */
const stoerzeichen = fc.constantFrom('"', ';', ',', '\n', '\r', '\r\n', '\0', '\t', '\uFEFF', '\u202E', '\u200B', '😀', '{', '}', '[', ']', ':', '\\', 'ä', '\u00ad');

/** Values a cell may hold in a hostile export. */
const zellwert = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('1e308', '1e400', '-0', 'NaN', 'Infinity', '99999999999999999999999', '12.34.56,7', '-1.000.000,00', '0,001', '29.02.2019', '2019-13-01', '31.04.2019', '00.00.0000', '9999-12-31', 'ja', 'x', '', ' ', '"', '""'),
  fc.double().map(String),
  fc.bigInt().map(String),
);

describe('fuzz: ladeDaten never throws; it gives data or errors with a file', () => {
  it('byte mutations of any file (CSV and JSON exports)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(fc.tuple(fc.nat(), byteMutation), { minLength: 1, maxLength: 4 }), async (json, mutationen) => {
        const d = { ...(json ? BASIS_JSON : BASIS) };
        const namen = Object.keys(d).sort();
        for (const [i, m] of mutationen) {
          const name = namen[i % namen.length] as string;
          d[name] = wendeAn(d[name] as Uint8Array, m);
        }
        await pruefe(d);
      }),
      { numRuns: runs(300), seed: SEED },
    );
  });

  it('structure characters inserted into CSV files, lines duplicated or swapped, header columns swapped', async () => {
    const csv = Object.keys(BASIS).filter((n) => n.endsWith('.csv'));
    const mutation = fc.oneof(
      fc.record({ art: fc.constant('zeichen' as const), pos: fc.nat(), z: stoerzeichen }),
      fc.record({ art: fc.constant('zeilen' as const), a: fc.nat(), b: fc.nat() }),
      fc.record({ art: fc.constant('kopf' as const), a: fc.nat(), b: fc.nat() }),
      fc.record({ art: fc.constant('trennzeichen' as const), von: fc.constantFrom(';', ','), nach: fc.constantFrom(',', '\t', '|', '') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...csv), fc.array(mutation, { minLength: 1, maxLength: 5 }), async (name, mutationen) => {
        let t = text(BASIS[name] as Uint8Array);
        for (const m of mutationen) {
          if (m.art === 'zeichen') {
            const p = m.pos % (t.length + 1);
            t = t.slice(0, p) + m.z + t.slice(p);
          } else if (m.art === 'zeilen') {
            const zeilen = t.split('\n');
            const a = m.a % zeilen.length;
            const b = m.b % zeilen.length;
            [zeilen[a], zeilen[b]] = [zeilen[b] as string, zeilen[a] as string];
            zeilen.splice(a, 0, zeilen[b] as string);
            t = zeilen.join('\n');
          } else if (m.art === 'kopf') {
            const zeilen = t.split('\n');
            const kopf = (zeilen[0] ?? '').split(';');
            const a = m.a % kopf.length;
            const b = m.b % kopf.length;
            [kopf[a], kopf[b]] = [kopf[b] as string, kopf[a] as string];
            zeilen[0] = kopf.join(';');
            t = zeilen.join('\n');
          } else {
            t = t.split(m.von).join(m.nach);
          }
        }
        await pruefe({ ...BASIS, [name]: bytes(t) });
      }),
      { numRuns: runs(300), seed: SEED + 1 },
    );
  });

  it('random values in random CSV cells (strings, unicode, huge and odd numbers, impossible dates)', async () => {
    const csv = Object.keys(BASIS).filter((n) => n.endsWith('.csv'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...csv), fc.nat(), fc.nat(), zellwert, fc.boolean()), { minLength: 1, maxLength: 6 }), async (aenderungen) => {
        const d = { ...BASIS };
        for (const [name, zeile, spalte, wert, quoten] of aenderungen) {
          const zeilen = text(d[name] as Uint8Array).split('\n');
          const z = 1 + (zeile % Math.max(1, zeilen.length - 2));
          const zellen = (zeilen[z] ?? '').split(';');
          zellen[spalte % zellen.length] = quoten ? `"${wert.replace(/"/g, '""')}"` : wert;
          zeilen[z] = zellen.join(';');
          d[name] = bytes(zeilen.join('\n'));
        }
        await pruefe(d);
      }),
      { numRuns: runs(300), seed: SEED + 2 },
    );
  });

  it('JSON tables with arbitrary JSON values as records, fields and whole files', async () => {
    const feld = fc.constantFrom('id', 'titel', 'cluster', 'handlungsfeld', 'laufzeitbeginn', 'status', 'projektvolumen', 'foerdergeber', 'fueui', 'uebergeordnet', 'beschaeftigte', 'typ', 'sitz', 'name', 'Projektvolumen', '__proto__', 'constructor');
    const mutation = fc.oneof(
      fc.record({ art: fc.constant('feld' as const), i: fc.nat(), feld, wert: fc.oneof(fc.jsonValue({ maxDepth: 3 }), zellwert) }),
      fc.record({ art: fc.constant('record' as const), i: fc.nat(), wert: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({ art: fc.constant('datei' as const), wert: fc.jsonValue({ maxDepth: 4 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('projekte.json', 'akteure.json'), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (name, mutationen) => {
        let daten: unknown = JSON.parse(text(BASIS_JSON[name] as Uint8Array));
        for (const m of mutationen) {
          if (m.art === 'datei') daten = m.wert;
          else if (Array.isArray(daten) && daten.length > 0) {
            const i = m.i % daten.length;
            if (m.art === 'record') daten[i] = m.wert;
            else if (typeof daten[i] === 'object' && daten[i] !== null) (daten[i] as Record<string, unknown>)[m.feld] = m.wert;
          }
        }
        await pruefe({ ...BASIS_JSON, [name]: bytes(JSON.stringify(daten) ?? 'undefined') });
      }),
      { numRuns: runs(300), seed: SEED + 3 },
    );
  });

  it('cluster.json and bericht.json replaced or patched with arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('cluster.json', 'bericht.json'),
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }).map((w) => ({ ganz: w })),
          fc.record({ pfad: fc.array(fc.oneof(fc.nat({ max: 3 }), fc.constantFrom('cluster', 'slug', 'name', 'art', 'land', 'handlungsfelder', 'ab', 'bis', 'herausgeber', 'veroeffentlichung')), { minLength: 1, maxLength: 4 }), wert: fc.oneof(fc.jsonValue({ maxDepth: 2 }), zellwert) }),
        ),
        async (name, m) => {
          let daten: unknown = JSON.parse(text(BASIS[name] as Uint8Array));
          if ('ganz' in m) daten = m.ganz;
          else {
            let ziel: unknown = daten;
            for (const schritt of m.pfad.slice(0, -1)) {
              if (typeof ziel !== 'object' || ziel === null) break;
              const wert = (ziel as Record<string | number, unknown>)[schritt];
              if (typeof wert === 'object' && wert !== null) ziel = wert;
            }
            if (typeof ziel === 'object' && ziel !== null) (ziel as Record<string | number, unknown>)[m.pfad.at(-1) as string | number] = m.wert;
          }
          await pruefe({ ...BASIS, [name]: bytes(JSON.stringify(daten) ?? '') });
        },
      ),
      { numRuns: runs(200), seed: SEED + 4 },
    );
  });

  it('counted every run', () => {
    expect(laeufe).toBeGreaterThanOrEqual(runs(300) * 4 + runs(200));
  });
});
