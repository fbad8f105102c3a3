// scripts/miss-satz.mjs measured on small printed PDFs: a page with a hole in the middle counts as
// more than half empty like a page whose text ends early; a full page and a chapter's last page do not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { seitenCss } from '../../src/pdf/seiten-css.js';
import { schriftCss } from '../../src/schrift/schrift-css.js';

const browser = new BerichtsBrowser();
const ordner = mkdtempSync(path.join(tmpdir(), 'ewm-miss-satz-'));
afterAll(async () => {
  await browser.dispose();
  rmSync(ordner, { recursive: true, force: true });
});

const absatz = (n: number): string => `<p>${'Die Zahl der Projekte ist im Berichtsjahr deutlich gestiegen und verteilt sich auf alle Felder. '.repeat(n)}</p>`;
const seite = (inhalt: string): string => `<section style="break-before:page">${inhalt}</section>`;

/** Prints cover, Impressum and the given pages, and returns miss-satz's measurement. */
async function miss(seiten: string[]): Promise<{ halbLeer: number; details: string[] }> {
  const html =
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><style>${schriftCss()}\n${seitenCss()}` +
    `body{font-family:'Source Sans 3';font-size:11pt;line-height:1.4}</style></head><body><p>Titel</p>${seite('<p>Impressum</p>')}${seiten.map(seite).join('')}</body></html>`;
  const pdf = await browser.withPage((s) => s.druckePdf(html));
  const datei = path.join(ordner, `${seiten.length}-${seiten[0]?.length ?? 0}.pdf`);
  writeFileSync(datei, pdf);
  const json = JSON.parse(execFileSync('node', ['scripts/miss-satz.mjs', datei, '--json'], { encoding: 'utf8' })) as Record<string, { halbLeer: number; details: string[] }>;
  return Object.values(json)[0] ?? { halbLeer: -1, details: [] };
}

describe('miss-satz', () => {
  it('counts a page with a hole in the middle as more than half empty (not the last of a chapter)', async () => {
    const loch = `${absatz(4)}<div style="height:130mm"></div>${absatz(4)}`;
    const m = await miss([loch, absatz(3)]);
    expect(m.halbLeer, m.details.join('\n')).toBe(1);
    expect(m.details.filter((d) => d.includes('gefüllt'))).toEqual([expect.stringMatching(/^S\. 3: zu \d+ % gefüllt \(Loch in der Seite\)$/)]);
  }, 60_000);

  it('does not count full pages, nor a short page that ends a chapter', async () => {
    const voll = absatz(40);
    const m = await miss([voll, `<h1>2 Methodik</h1>${absatz(3)}`]);
    expect(m.halbLeer, m.details.join('\n')).toBe(0);
  }, 60_000);
});
