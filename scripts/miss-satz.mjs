#!/usr/bin/env node
// Measures the typesetting of printed reports from outside, with poppler's pdftotext and pdftoppm:
// near-empty pages, pages more than half empty (text ending early or a hole in the middle, from the ink
// of the page drawn at 20 dpi; a chapter's last page may be), hyphenated line ends, the longest run of
// hyphenated line ends, soft hyphens that do not end a line, numbers split from their word.
//
//   node scripts/miss-satz.mjs out/2019            # every bericht.pdf below the folder
//   node scripts/miss-satz.mjs a.pdf b.pdf --details
//   node scripts/miss-satz.mjs out/2019 --json        # for tests
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SHY = '\u00ad';
/** Words a number belongs to when it follows them ("Abbildung 4", "Industrie 4.0", "4 von 5"). */
const VOR_ZAHL = /(?:^|\s)(Abbildung|Abb\.|Tabelle|Industrie|Seite|von|der|\+|–|plus|minus|rund|insgesamt|Jahr)$/;

function finde(ziel) {
  if (statSync(ziel).isFile()) return [ziel];
  return readdirSync(ziel, { recursive: true })
    .filter((d) => String(d).endsWith('bericht.pdf'))
    .map((d) => path.join(ziel, String(d)))
    .sort();
}

function text(pdf, ...optionen) {
  return execFileSync('pdftotext', [...optionen, pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** Per page: the y of the lowest word above the footer, and whether the page starts a chapter. */
function seitenGeometrie(pdf) {
  const html = text(pdf, '-bbox');
  const seiten = [];
  for (const block of html.split('<page ').slice(1)) {
    const hoehe = Number(/height="([\d.]+)"/.exec(block)?.[1] ?? 842);
    const woerter = [...block.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ oben: Number(m[1]), unten: Number(m[2]), wort: m[3] }));
    const koerper = woerter.filter((w) => w.oben < hoehe - 62); // footer sits in the 22 mm bottom margin
    seiten.push({ hoehe, unten: Math.max(0, ...koerper.map((w) => w.unten)), woerter: koerper });
  }
  return seiten;
}

/**
 * Per page: the share of the content area that holds ink, from the page drawn at 20 dpi in grey
 * (pdftoppm). Rows with ink are joined across gaps up to 21 pt (line spacing, paragraph and figure gaps),
 * so a full page counts as full and a hole in the middle of a page counts as empty as one at its end.
 */
function tintenFuellung(pdf, seiten) {
  const ordner = mkdtempSync(path.join(os.tmpdir(), 'miss-satz-'));
  try {
    execFileSync('pdftoppm', ['-r', '20', '-gray', pdf, path.join(ordner, 's')]);
    const dateien = readdirSync(ordner).filter((d) => d.endsWith('.pgm')).sort();
    return dateien.map((datei, i) => {
      const roh = readFileSync(path.join(ordner, datei));
      const kopf = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(roh.toString('latin1', 0, 40));
      const breite = Number(kopf[1]);
      const hoehe = Number(kopf[2]);
      const daten = roh.subarray(kopf[0].length);
      const proPunkt = hoehe / (seiten[i]?.hoehe ?? 842); // px per pt
      const von = Math.ceil(56.7 * proPunkt);
      const bis = Math.floor(hoehe - 62.4 * proPunkt);
      const luecke = Math.round(21 * proPunkt);
      let gefuellt = 0;
      let letzte = -Infinity;
      for (let y = von; y < bis; y++) {
        let tinte = false;
        for (let x = 0; x < breite && !tinte; x++) tinte = daten[y * breite + x] < 200;
        if (!tinte) continue;
        gefuellt += y - letzte <= luecke ? y - letzte : 1;
        letzte = y;
      }
      return gefuellt / (bis - von);
    });
  } finally {
    rmSync(ordner, { recursive: true, force: true });
  }
}

export function miss(pdf) {
  const roh = text(pdf);
  const layout = text(pdf, '-layout');
  const geometrie = seitenGeometrie(pdf);
  const seitenRoh = roh.split('\f').slice(0, geometrie.length);
  const seitenLayout = layout.split('\f').slice(0, geometrie.length);
  const tinte = tintenFuellung(pdf, geometrie);
  const details = [];
  // Content area: 20 mm top margin, 22 mm bottom margin.
  const oben = 56.7;
  let fastLeer = 0;
  let halbLeer = 0;
  seitenLayout.forEach((seite, i) => {
    if (i < 2) return; // cover and Impressum
    const zeilen = seite.split('\n').filter((z) => z.trim() !== '' && !/^\s*\d+\s*$/.test(z));
    const g = geometrie[i];
    const bisZumLetztenWort = (g.unten - oben) / (g.hoehe - 62.4 - oben);
    // the smaller of both: text ending early, or a hole in the middle (ink coverage)
    const fuellung = Math.min(bisZumLetztenWort, tinte[i] ?? 1);
    const naechste = seitenLayout[i + 1];
    const kapitelEnde = naechste === undefined || /^\s*\d(\.\d)?\s+\p{Lu}/u.test(naechste.trimStart().split('\n')[0] ?? '');
    if (zeilen.length < 6) {
      fastLeer += 1;
      details.push(`S. ${i + 1}: nur ${zeilen.length} Textzeilen`);
    } else if (fuellung < 0.5 && !kapitelEnde) {
      halbLeer += 1;
      const loch = bisZumLetztenWort >= 0.5 ? ' (Loch in der Seite)' : '';
      details.push(`S. ${i + 1}: zu ${Math.round(fuellung * 100)} % gefüllt${loch}`);
    }
  });
  let trennungen = 0;
  let leiter = 0;
  let unsichtbar = 0;
  let getrennteZahlen = 0;
  let seitenUmbruchTrennung = 0;
  const alleZeilen = [];
  seitenLayout.forEach((seite, s) => {
    const zeilen = seite.split('\n').map((z) => z.trim()).filter((z) => z !== '');
    if (zeilen.length > 0 && /^\d+$/.test(zeilen.at(-1))) zeilen.pop(); // footer
    zeilen.forEach((zeile, i) => alleZeilen.push({ zeile, seite: s + 1, letzte: i === zeilen.length - 1 }));
  });
  let lauf = 0;
  alleZeilen.forEach(({ zeile, seite, letzte }, i) => {
    const naechste = alleZeilen[i + 1]?.zeile ?? '';
    // A hyphenated line end: Chromium writes the soft hyphen where it breaks, then the drawn hyphen.
    const getrennt = /\p{L}\u00ad[-\u2010]?$/u.test(zeile);
    unsichtbar += zeile.replace(/\u00ad[-\u2010]?$/, '').split(SHY).length - 1;
    if (getrennt) {
      trennungen += 1;
      lauf += 1;
      leiter = Math.max(leiter, lauf);
      if (letzte) {
        seitenUmbruchTrennung += 1;
        details.push(`S. ${seite}: Wort über den Seitenumbruch getrennt: „${zeile.slice(-20)} | ${naechste.slice(0, 12)}“`);
      }
      if (lauf >= 3) details.push(`S. ${seite}: ${lauf}. getrennte Zeile in Folge: „${zeile.slice(-20)}“`);
    } else {
      lauf = 0;
    }
    // Body text only (table rows and chart labels are short): a number at the end, its word below.
    if (zeile.length < 60 || /\S {3,}\S/.test(zeile) || /^((Abbildung|Tabelle) \d+:|Anzahl$)/.test(naechste)) return;
    // (a number ending a sentence, and the name "innoBB 2025" ending a heading, do not count)
    const zahlAmEnde = /(?:^|[\s(])[+–-]?\s?\d(?:[\d.,]*\d)?$/.test(zeile) && !/innoBB 2025$/.test(zeile) && /^\p{L}/u.test(naechste);
    const wortVorZahl = VOR_ZAHL.test(zeile) && /^\(?[+–-]?\s?\d/.test(naechste);
    if (zahlAmEnde || wortVorZahl) {
      getrennteZahlen += 1;
      details.push(`S. ${seite}: Zahl getrennt: „${zeile.slice(-25)} | ${naechste.slice(0, 20)}“`);
    }
  });
  return { seiten: geometrie.length, fuellung: tinte.map((f) => Math.round(f * 100)), fastLeer, halbLeer, trennungen, leiter, unsichtbar, seitenUmbruchTrennung, getrennteZahlen, details };
}

const argumente = process.argv.slice(2);
if (argumente.length > 0) {
  const mitDetails = argumente.includes('--details');
  const dateien = argumente.filter((a) => !a.startsWith('--')).flatMap(finde);
  if (argumente.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries(dateien.map((pdf) => [path.basename(path.dirname(pdf)), miss(pdf)])), null, 2));
    process.exit(0);
  }
  const kopf = ['Bericht', 'Seiten', 'fast leer (<6 Z.)', 'halb leer', 'Trennungen', 'längste Leiter', 'Trennung am Seitenende', 'unsichtbare Trennzeichen', 'Zahl getrennt'];
  console.log(`| ${kopf.join(' | ')} |`);
  console.log(`|${kopf.map(() => '---').join('|')}|`);
  for (const pdf of dateien) {
    const m = miss(pdf);
    const name = path.basename(path.dirname(pdf));
    console.log(`| ${name} | ${m.seiten} | ${m.fastLeer} | ${m.halbLeer} | ${m.trennungen} | ${m.leiter} | ${m.seitenUmbruchTrennung} | ${m.unsichtbar} | ${m.getrennteZahlen} |`);
    if (mitDetails) for (const d of m.details) console.log(`    ${d}`);
  }
}
