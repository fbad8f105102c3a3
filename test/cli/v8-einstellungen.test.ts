import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { V8_BUDGET } from '../../src/cli/v8-einstellungen.js';

const WURZEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MODUL = pathToFileURL(path.join(WURZEL, 'dist/src/cli/v8-einstellungen.js')).href;

/** Runs `skript` (an ES module using V8 natives) in a fresh node, after `stelleV8Ein()` when `eingestellt`; returns its output. */
function inFrischemNode(skript: string, eingestellt: boolean): string {
  const vorher = eingestellt ? `const { stelleV8Ein } = await import(${JSON.stringify(MODUL)}); stelleV8Ein();\n` : '';
  return execFileSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--input-type=module', '-e', vorher + skript], {
    encoding: 'utf8',
  });
}

/** Calls of a small function until TurboFan has optimized it (optimizing synchronously). */
const AUFRUFE_BIS_OPTIMIERT =
  `const f = new Function('n', 'let s = 0; for (let i = 0; i < 20; i++) s += (n * i) % 7; return s;');\n` +
  `let i = 0; while ((%GetOptimizationStatus(f) & 16) === 0 && i < 1e6) f(i++);\n` +
  `process.stdout.write(String(i));`;

/** Whether a hot WebAssembly function (`(func (param i32) (result i32) local.get 0 i32.const 1 i32.add)`) was tiered up to TurboFan. */
const WASM_HOCHGESTUFT =
  `const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,6,1,96,1,127,1,127,3,2,1,0,7,5,1,1,102,0,0,10,9,1,7,0,32,0,65,1,106,11]);\n` +
  `const f = (await WebAssembly.instantiate(bytes)).instance.exports.f;\n` +
  `let s = 0; for (let i = 0; i < 2e6; i++) s = f(s);\n` +
  `await new Promise((r) => setTimeout(r, 200));\n` +
  `for (let i = 0; i < 2e6; i++) s = f(s);\n` +
  `process.stdout.write(JSON.stringify({ s, liftoff: %IsLiftoffFunction(f), turbofan: %IsTurboFanFunction(f) }));`;

describe('V8 settings of the CLI', () => {
  it('the tiering budget is eight times V8’s default', () => {
    expect(V8_BUDGET).toBe(540_672);
  });

  it('TurboFan waits for about eight times as many calls before it optimizes a function, and still optimizes what stays hot', () => {
    const ohne = Number(inFrischemNode(AUFRUFE_BIS_OPTIMIERT, false));
    const mit = Number(inFrischemNode(AUFRUFE_BIS_OPTIMIERT, true));
    expect(ohne).toBeGreaterThan(10);
    expect(ohne).toBeLessThan(1e6);
    expect(mit).toBeGreaterThan(5 * ohne);
    expect(mit).toBeLessThan(1e6);
  });

  it('WebAssembly stays in Liftoff code, and computes the same', () => {
    expect(JSON.parse(inFrischemNode(WASM_HOCHGESTUFT, false))).toEqual({ s: 4_000_000, liftoff: false, turbofan: true });
    expect(JSON.parse(inFrischemNode(WASM_HOCHGESTUFT, true))).toEqual({ s: 4_000_000, liftoff: true, turbofan: false });
  });

  it('are set by the launcher before the program’s modules load', () => {
    const start = readFileSync(path.join(WURZEL, 'src/cli/main.ts'), 'utf8');
    const setzen = start.indexOf('stelleV8Ein();');
    expect(setzen).toBeGreaterThan(0);
    expect(setzen).toBeLessThan(start.indexOf("await import('./fuehre-aus.js')"));
  });
});
