import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { V8_BUDGET } from '../../src/cli/v8-budget.js';

const WURZEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MODUL = pathToFileURL(path.join(WURZEL, 'dist/src/cli/v8-budget.js')).href;

/** Calls of a small function until TurboFan has optimized it, in a fresh node (optimizing synchronously), with or without the budget. */
function aufrufeBisOptimiert(mitBudget: boolean): number {
  const skript =
    (mitBudget ? `const { setzeV8Budget } = await import(${JSON.stringify(MODUL)}); setzeV8Budget();\n` : '') +
    `const f = new Function('n', 'let s = 0; for (let i = 0; i < 20; i++) s += (n * i) % 7; return s;');\n` +
    `let i = 0; while ((%GetOptimizationStatus(f) & 16) === 0 && i < 1e6) f(i++);\n` +
    `process.stdout.write(String(i));`;
  const aus = execFileSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--input-type=module', '-e', skript], { encoding: 'utf8' });
  return Number(aus);
}

describe('V8 tiering budget of the CLI', () => {
  it('is eight times V8’s default', () => {
    expect(V8_BUDGET).toBe(540_672);
  });

  it('makes TurboFan wait for about eight times as many calls before it optimizes a function', () => {
    const ohne = aufrufeBisOptimiert(false);
    const mit = aufrufeBisOptimiert(true);
    expect(ohne).toBeGreaterThan(10);
    expect(ohne).toBeLessThan(1e6);
    expect(mit).toBeGreaterThan(5 * ohne);
    expect(mit).toBeLessThan(1e6); // what stays hot is still optimized
  });

  it('is set by the launcher before the program’s modules load', () => {
    const start = readFileSync(path.join(WURZEL, 'src/cli/main.ts'), 'utf8');
    const setzen = start.indexOf('setzeV8Budget();');
    expect(setzen).toBeGreaterThan(0);
    expect(setzen).toBeLessThan(start.indexOf("await import('./fuehre-aus.js')"));
  });
});
