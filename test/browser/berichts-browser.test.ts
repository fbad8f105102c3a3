import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { SeitenFehler } from '../../src/browser/seiten-fehler.js';
import { CliFehler } from '../../src/fehler.js';
import { poppler, prozesseMit } from '../pdf/poppler.js';

const browser = new BerichtsBrowser();
afterAll(() => browser.dispose());

const html = (koerper: string): string => `<!doctype html><html lang="de-DE"><head><meta charset="utf-8"></head><body>${koerper}</body></html>`;

describe('BerichtsBrowser sandbox', () => {
  it('blocks every request except data: and records it; nothing reaches a local server', async () => {
    let angekommen = 0;
    const server = createServer((_anfrage, antwort) => {
      angekommen += 1;
      antwort.end('x');
    });
    await new Promise<void>((fertig) => server.listen(0, '127.0.0.1', fertig));
    const port = (server.address() as AddressInfo).port;
    try {
      const { text, blockiert } = await browser.withPage(async (seite) => {
        const pdf = await seite.druckePdf(
          html(
            `<p>Sandkasten</p><img src="http://127.0.0.1:9/x"><img src="file:///etc/passwd">` +
              `<img src="http://127.0.0.1:${port}/spion"><link rel="stylesheet" href="https://example.org/a.css">` +
              `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`,
          ),
        );
        return { text: poppler('pdftotext', pdf), blockiert: seite.blockierteAnfragen() };
      });
      expect(text).toContain('Sandkasten');
      expect([...blockiert].sort()).toEqual(['file:///etc/passwd', 'http://127.0.0.1:9/x', `http://127.0.0.1:${port}/spion`, 'https://example.org/a.css'].sort());
      expect(angekommen).toBe(0);
    } finally {
      server.close();
    }
  });

  it('runs no JavaScript in the page', async () => {
    const text = await browser.withPage(async (seite) =>
      poppler('pdftotext', await seite.druckePdf(html('<p id="a">ohne Skript</p><script>document.getElementById("a").textContent = "Skript lief";</script>'))),
    );
    expect(text).toContain('ohne Skript');
    expect(text).not.toContain('Skript lief');
  });

  it('serves concurrent pages from one browser process', async () => {
    const texte = await Promise.all(
      ['eins', 'zwei', 'drei'].map((wort) => browser.withPage(async (seite) => poppler('pdftotext', await seite.druckePdf(html(`<p>Bericht ${wort}</p>`))))),
    );
    expect(texte.map((t) => t.trim())).toEqual(['Bericht eins', 'Bericht zwei', 'Bericht drei']);
    const verzeichnis = browser.benutzerVerzeichnis ?? '';
    expect(verzeichnis).toMatch(/ewm-report-chromium-/);
    expect(prozesseMit(verzeichnis).filter((p) => p.typ === 'main')).toHaveLength(1);
  });

  it('serves the next report on the page that printed the last one (its renderer warm), starting it clean; a failed page is closed', async () => {
    const eigener = new BerichtsBrowser();
    try {
      const erster = await eigener.withPage(async (seite) => {
        await seite.druckePdf(html('<img src="http://127.0.0.1:9/x">'));
        return seite.blockierteAnfragen();
      });
      expect(erster).toEqual(['http://127.0.0.1:9/x']);
      const zweiter = await eigener.withPage(async (seite) => {
        const text = poppler('pdftotext', await seite.druckePdf(html('<p>zweiter Bericht</p>')));
        return { text, blockiert: seite.blockierteAnfragen() };
      });
      expect(zweiter.text.trim()).toBe('zweiter Bericht');
      expect(zweiter.blockiert).toEqual([]);
      expect(eigener.geoeffneteSeiten).toBe(1);
      const fehler = await eigener.withPage(() => Promise.reject(new Error('Bericht kaputt'))).catch((f: unknown) => f);
      expect((fehler as Error).message).toBe('Bericht kaputt');
      expect(eigener.geoeffneteSeiten).toBe(1);
      const dritter = await eigener.withPage(async (seite) => poppler('pdftotext', await seite.druckePdf(html('<p>dritter Bericht</p>'))));
      expect(dritter.trim()).toBe('dritter Bericht');
      expect(eigener.geoeffneteSeiten).toBe(2);
    } finally {
      await eigener.dispose();
    }
  });

  it('sets up the first page in advance (vorwaermen) and prints the first report on it', async () => {
    const eigener = new BerichtsBrowser();
    try {
      eigener.vorwaermen();
      eigener.vorwaermen(); // once per browser
      for (let i = 0; i < 200 && eigener.geoeffneteSeiten === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(eigener.geoeffneteSeiten).toBe(1);
      const [eins, zwei] = await Promise.all(
        ['eins', 'zwei'].map((wort) => eigener.withPage(async (seite) => poppler('pdftotext', await seite.druckePdf(html(`<p>Bericht ${wort}</p>`))).trim())),
      );
      expect([eins, zwei]).toEqual(['Bericht eins', 'Bericht zwei']);
      expect(eigener.geoeffneteSeiten).toBe(2); // the second report, printed at the same time, opened its own
    } finally {
      await eigener.dispose();
    }
  });

  it('sets up as many pages in advance as reports will print at once, and every one of them prints a report', async () => {
    const eigener = new BerichtsBrowser();
    try {
      eigener.vorwaermen(2);
      eigener.vorwaermen(2); // nothing more: two are under way
      for (let i = 0; i < 200 && eigener.geoeffneteSeiten < 2; i++) await new Promise((r) => setTimeout(r, 25));
      expect(eigener.geoeffneteSeiten).toBe(2);
      const texte = await Promise.all(
        ['eins', 'zwei'].map((wort) => eigener.withPage(async (seite) => poppler('pdftotext', await seite.druckePdf(html(`<p>Bericht ${wort}</p>`))).trim())),
      );
      expect(texte).toEqual(['Bericht eins', 'Bericht zwei']);
      expect(eigener.geoeffneteSeiten).toBe(2); // both printed on a page set up in advance
      eigener.vorwaermen(3); // a third lane: one page more
      for (let i = 0; i < 200 && eigener.geoeffneteSeiten < 3; i++) await new Promise((r) => setTimeout(r, 25));
      expect(eigener.geoeffneteSeiten).toBe(3);
    } finally {
      await eigener.dispose();
    }
  });

  it("starts no renderer for the browser window's own WebUI (the omnibox popups that keep a core busy)", async () => {
    await browser.withPage(async (seite) => seite.druckePdf(html('<p>leise</p>')));
    const verzeichnis = browser.benutzerVerzeichnis ?? '';
    expect(prozesseMit(verzeichnis).filter((p) => p.typ === 'renderer').length).toBeGreaterThan(0);
    expect(prozesseMit(verzeichnis).filter((p) => p.typ === 'renderer' && readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes('--top-chrome-webui'))).toEqual([]);
  });

  it('turns a timeout into a retryable SeitenFehler', async () => {
    const eilig = new BerichtsBrowser({ timeoutMs: 1 });
    try {
      const fehler = await eilig.withPage((seite) => seite.druckePdf(html('<p>x</p>'.repeat(5000)))).catch((f: unknown) => f);
      expect(fehler).toBeInstanceOf(SeitenFehler);
      expect((fehler as SeitenFehler).art).toBe('zeitueberschreitung');
      expect((fehler as SeitenFehler).message).toBe('Zeitüberschreitung beim Drucken (nach 1 ms).');
    } finally {
      await eilig.dispose();
    }
  });
});

describe('BerichtsBrowser crash', () => {
  it('turns a crashed page (renderer killed) into a retryable SeitenFehler, and the browser serves the retry', async () => {
    const eigener = new BerichtsBrowser({ timeoutMs: 20_000 });
    try {
      await eigener.withPage(async (seite) => seite.druckePdf(html('<p>warm</p>')));
      const verzeichnis = eigener.benutzerVerzeichnis ?? '';
      const getoetet: number[] = [];
      const fehler = await eigener
        .withPage(async (seite) => {
          await seite.druckePdf(html('<p>vorher</p>'));
          for (const { pid } of prozesseMit(verzeichnis).filter((p) => p.typ === 'renderer')) {
            process.kill(pid, 'SIGKILL');
            getoetet.push(pid);
          }
          return seite.druckePdf(html('<p>nachher</p>'));
        })
        .catch((f: unknown) => f);
      // The retry comes after Chromium has reaped every killed renderer: one it has not seen die yet (the spare
      // renderer) could otherwise be handed the new page and leave it waiting.
      for (let i = 0; i < 200 && getoetet.some((pid) => existsSync(`/proc/${pid}`)); i++) await new Promise((r) => setTimeout(r, 25));
      expect(fehler).toBeInstanceOf(SeitenFehler);
      expect((fehler as SeitenFehler).art).toBe('absturz');
      expect((fehler as SeitenFehler).message).toBe('Die Browserseite ist beim Drucken abgestürzt.');
      const wiederholung = await eigener.withPage(async (seite) => poppler('pdftotext', await seite.druckePdf(html('<p>zweiter Versuch</p>'))));
      expect(wiederholung.trim()).toBe('zweiter Versuch');
    } finally {
      await eigener.dispose();
    }
  });
});

describe('BerichtsBrowser after a browser crash', () => {
  it('fails the running page with a SeitenFehler, relaunches on the next withPage and removes the dead profile', async () => {
    const eigener = new BerichtsBrowser({ timeoutMs: 20_000 });
    try {
      await eigener.withPage(async (seite) => seite.druckePdf(html('<p>warm</p>')));
      const altesVerzeichnis = eigener.benutzerVerzeichnis ?? '';
      const fehler = await eigener
        .withPage(async () => {
          for (const { pid } of prozesseMit(altesVerzeichnis).filter((p) => p.typ === 'main')) process.kill(pid, 'SIGKILL');
          return new Promise(() => undefined); // would wait forever without crash detection
        })
        .catch((f: unknown) => f);
      expect(fehler).toBeInstanceOf(SeitenFehler);
      expect((fehler as SeitenFehler).art).toBe('absturz');
      const text = await eigener.withPage(async (seite) => poppler('pdftotext', await seite.druckePdf(html('<p>neu gestartet</p>'))));
      expect(text.trim()).toBe('neu gestartet');
      expect(eigener.benutzerVerzeichnis).not.toBe(altesVerzeichnis);
      await eigener.dispose();
      expect(prozesseMit(altesVerzeichnis)).toEqual([]);
      expect(existsSync(altesVerzeichnis)).toBe(false);
    } finally {
      await eigener.dispose();
    }
  });
});

describe('BerichtsBrowser lifecycle', () => {
  it('leaves no Chromium process and no profile directory after dispose, and dispose is idempotent', async () => {
    const eigener = new BerichtsBrowser();
    expect(eigener.benutzerVerzeichnis).toBeUndefined(); // lazy: nothing launched yet
    await eigener.withPage(async (seite) => seite.druckePdf(html('<p>x</p>')));
    const verzeichnis = eigener.benutzerVerzeichnis ?? '';
    expect(existsSync(verzeichnis)).toBe(true);
    expect(prozesseMit(verzeichnis).length).toBeGreaterThan(2);
    await Promise.all([eigener.dispose(), eigener.dispose()]);
    await eigener.dispose();
    expect(prozesseMit(verzeichnis)).toEqual([]);
    expect(existsSync(verzeichnis)).toBe(false);
    const danach = await eigener.withPage(async () => 1).catch((f: unknown) => f);
    expect(danach).toBeInstanceOf(CliFehler);
    expect((danach as CliFehler).message).toBe('Der Browser wurde bereits beendet.');
  });

  it('fails with exit code 3 when the browser is missing', async () => {
    const fehlend = new BerichtsBrowser({ browserPfad: '/nirgends/chromium' });
    const fehler = await fehlend.withPage(async () => 1).catch((f: unknown) => f);
    await fehlend.dispose();
    expect(fehler).toBeInstanceOf(CliFehler);
    expect((fehler as CliFehler).exitCode).toBe(3);
    expect((fehler as CliFehler).message).toContain('--browser PFAD');
  });

  it('fails with exit code 3 when the executable is no browser, and cleans up its profile', async () => {
    const kaputt = new BerichtsBrowser({ browserPfad: '/bin/false', timeoutMs: 10_000 });
    const fehler = await kaputt.withPage(async () => 1).catch((f: unknown) => f);
    expect(fehler).toBeInstanceOf(CliFehler);
    expect((fehler as CliFehler).exitCode).toBe(3);
    expect((fehler as CliFehler).message).toMatch(/^Chromium konnte nicht gestartet werden \(\/bin\/false\): .*apt-get install chromium\)\.$/s);
    expect(kaputt.benutzerVerzeichnis).toBeUndefined();
    await kaputt.dispose();
  });
});
