// trenneWort against the `hyphen` package it replaces: the pattern tables read from the package's text
// equal the evaluated module, and every word of the samples (texts, tables, rendered reports) and some
// thousands of generated German words get exactly the string hyphenateSync returns with the same options.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import deutsch from 'hyphen/de/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bereiteBerichtVor } from '../../src/bericht/erzeuge-bericht.js';
import { FORMATE } from '../../src/formate.js';
import { ladeDaten } from '../../src/pruefen/lade-daten.js';
import { ladeTrennmuster, leseTrennmuster, slot, type Trennmuster } from '../../src/silbentrennung/lade-trennmuster.js';
import { trenneWort } from '../../src/silbentrennung/trenne-wort.js';
import { WURZEL } from '../hilfen/pfade.js';

const MINDESTLAENGE = 6;
const DATEN = path.join(WURZEL, 'data');

/** hyphen's own test for a character that ends a word (`isNotLetter` in hyphen.js, 1.14.1). */
const keinBuchstabe = (zeichen: string): boolean => /\s|(?![\'])[\!-\@\[-\`\{-\~\u2013-\u203C]/.test(zeichen);

/** Like hyphenateSync on text without markup and soft hyphens: trenneWort on each of hyphen's words. */
function wieHyphen(text: string, mindestlaenge = MINDESTLAENGE): string {
  let aus = '';
  let wort = '';
  for (const zeichen of text.split('')) {
    if (keinBuchstabe(zeichen)) {
      aus += trenneWort(wort, mindestlaenge) + zeichen;
      wort = '';
    } else {
      wort += zeichen;
    }
  }
  return aus + trenneWort(wort, mindestlaenge);
}

/** The tokens (whitespace-separated) of `text` that hyphen reads as plain text: no markup, no soft hyphens. */
function tokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => t !== '' && !t.includes('<') && !t.includes('\u00ad'));
}

/** Every word that differs from hyphen's, as [word, hyphen, ours] with soft hyphens shown as "~". */
function abweichungen(woerter: Iterable<string>, mindestlaenge = MINDESTLAENGE): string[][] {
  const falsch: string[][] = [];
  for (const wort of woerter) {
    const erwartet = deutsch.hyphenateSync(wort, { minWordLength: mindestlaenge });
    const ist = wieHyphen(wort, mindestlaenge);
    if (ist !== erwartet) falsch.push([wort, erwartet, ist].map((s) => s.replace(/\u00ad/g, '~')));
  }
  return falsch;
}

function dateien(ordner: string): string[] {
  return readdirSync(ordner).flatMap((name) => {
    const pfad = path.join(ordner, name);
    return statSync(pfad).isDirectory() ? dateien(pfad) : [pfad];
  });
}

/** Compounds of German stems, with umlauts, ß, capitals, hyphens, slashes and apostrophes. */
function erzeugteWoerter(): string[] {
  const teile = [
    'Cluster', 'management', 'Förder', 'volumen', 'Straßen', 'verkehr', 'Energie', 'effizienz', 'Wasser', 'stoff',
    'Kraftwerks', 'technik', 'Ausschreibung', 'größe', 'Übergabe', 'prüfung', 'Außen', 'wirtschaft', 'Schließ',
    'fächer', 'Gemüse', 'Bäcker', 'Rück', 'führung', 'Fußball', 'Maßnahmen', 'Ölpreis', 'Überblick', 'Zusammen',
    'arbeit', 'Netzwerk', 'veranstaltung', 'Forschungs', 'institut', 'Hochschule', 'Unternehmens', 'gründung',
    'Mitglieds', 'beitrag', 'Schutz', 'rechte', 'Anerkennung', 'Innovations', 'strategie', 'Ergebnis', 'Wirkungs',
    'monitoring', 'Sonder', 'maschinen', 'Anlagen', 'bau', 'Teil', 'themen', 'Begleitung', 'Initiierung', 'Projekt',
    'Akteurs', 'beteiligung', 'Handlungs', 'feld', 'Geschäfts', 'verkehr', 'Photonik', 'Mikrosystem', 'Optik',
    'Gesundheits', 'Verkehrs', 'Mobilität', 'Logistik', 'Kreativ', 'Medien', 'Digitalisierung', 'Qualitäts',
    'Eigenmittel', 'Zuwendung', 'Drittmittel', 'Schiff', 'fahrt', 'Kongress', 'Vermögens', 'größte', 'Spaß',
  ];
  const woerter = new Set<string>();
  for (const a of teile) {
    for (const b of teile) {
      const klein = b.toLowerCase();
      woerter.add(a + klein);
      if ((a.length + b.length) % 3 === 0) woerter.add(`${a}-${b}`);
      if ((a.length * b.length) % 7 === 0) woerter.add((a + klein).toUpperCase());
      if ((a.length + 2 * b.length) % 11 === 0) woerter.add(`${a}/${b}`);
      if ((a.length + b.length) % 13 === 0) woerter.add(`${a + klein}'s`);
      if ((a.length + b.length) % 5 === 0) woerter.add((a + klein).toLowerCase());
      if ((a.length * 3 + b.length) % 17 === 0) woerter.add(`${a}${klein}${teile[(a.length * b.length) % teile.length]?.toLowerCase() ?? ''}`);
    }
  }
  for (const w of ['Cross-Cluster', 'Cross-Cluster-Projekte', "Kunden's", "l'Énergie", 'Café', 'Soirée', 'naïve', 'Señorita',
    'Ærøskøbing', 'İstanbul', 'ẞTRASSE', 'Maßstäbe', 'Äquivalenzprüfung', 'Öffentlichkeitsarbeit', 'Übereinkünfte',
    'Flussschifffahrt', 'Schifffahrt', 'Teeei', 'Bettuch', 'Donaudampfschifffahrtsgesellschaft', 'Erdbeermarmelade',
    'Aufsichtsratsvorsitzender', 'aaaaaaaaaaaaaaaaaaaaaaaaaa', 'zzzzzzzzzz', 'q', 'ab', 'abcde', 'abcdef', 'Xylophon', 'Pfännchen',
    'Ψυχολογία', 'Москва', '日本語のテキスト', 'Emoji😀Wort', 'Wort—Wort', 'Wort–Wort', '„Wort“', '(Klammerwort)']) {
    woerter.add(w);
  }
  return [...woerter];
}

describe('ladeTrennmuster', () => {
  let muster: Trennmuster;
  beforeAll(() => {
    muster = ladeTrennmuster();
  });

  it('reads the same trie and digit arrays that evaluating hyphen/patterns/de-1996.js builds', () => {
    interface Knoten {
      [zeichen: string]: number | Knoten | [Knoten, number];
    }
    const [stufen, trie, ausnahmen] = createRequire(import.meta.url)('hyphen/patterns/de-1996.js') as [number[][], Knoten, object];
    expect(ausnahmen).toEqual({});
    expect(stufen.length).toBe(muster.laenge.length);
    stufen.forEach((ziffern, index) => {
      const von = muster.anfang[index] as number;
      expect([...muster.ziffern.subarray(von, von + (muster.laenge[index] as number))]).toEqual(ziffern);
    });
    // Walks hyphen's trie and finds every edge in ours, with the same target and pattern; numbers the nodes like the parser.
    let kanten = 0;
    let knotenNummer = 0;
    const kante = (von: number, zeichen: string): number => {
      const k = von * 64 + (muster.zeichen[zeichen.charCodeAt(0)] as number);
      for (let s = slot(k, muster.verschiebung); ; s = (s + 1) & muster.maske) {
        if (muster.schluessel[s] === k) return s;
        if (muster.schluessel[s] === -1) throw new Error(`Kante ${von} ${zeichen} fehlt`);
      }
    };
    const falsch: string[] = [];
    const pruefe = (von: number, zeichen: string, kind: number, index: number): void => {
      const s = kante(von, zeichen);
      if (muster.kind[s] !== kind || muster.muster[s] !== index) falsch.push(`${von} ${zeichen}: ${muster.kind[s]} ${muster.muster[s]} statt ${kind} ${index}`);
    };
    const besuche = (knoten: Knoten): number => {
      const nummer = knotenNummer++;
      for (const [zeichen, wert] of Object.entries(knoten)) {
        if (zeichen.length !== 1) falsch.push(`Schlüssel ${zeichen}`);
        kanten += 1;
        if (typeof wert === 'number') pruefe(nummer, zeichen, -1, wert);
        else if (Array.isArray(wert)) pruefe(nummer, zeichen, besuche(wert[0]), wert[1]);
        else pruefe(nummer, zeichen, besuche(wert), -1);
      }
      return nummer;
    };
    besuche(trie);
    expect(falsch).toEqual([]);
    expect(muster.schluessel.filter((k) => k !== -1).length).toBe(kanten);
    expect(kanten).toBeGreaterThan(50_000);
  });

  it('rejects a pattern module of another shape instead of misreading it', () => {
    const text = readFileSync(createRequire(import.meta.url).resolve('hyphen/patterns/de-1996.js'), 'utf8');
    const ende = text.lastIndexOf('{}');
    for (const kaputt of [text.slice(0, ende) + '{ "abc-def": [3] }' + text.slice(ende + 2), text.replace('y: {', 'yy: {'), text.replace('})(this,', '})(that,')]) {
      expect(() => leseTrennmuster(kaputt)).toThrow(/unerwartetes Format/);
    }
  });
});

describe('trenneWort is hyphen.hyphenateSync', () => {
  it('hyphen reads every letter (and the apostrophe) as part of a word, so trenneHtml passes it single words', () => {
    for (let c = 0; c < 0x10000; c++) {
      const zeichen = String.fromCharCode(c);
      if (/\p{L}/u.test(zeichen)) expect(keinBuchstabe(zeichen), zeichen).toBe(false);
    }
    expect(keinBuchstabe("'")).toBe(false);
  });

  it('on every word of the sample texts and tables', () => {
    const woerter = new Set<string>();
    const quellen = [...dateien(path.join(DATEN, 'texte')), ...dateien(DATEN).filter((d) => d.endsWith('.csv') || d.endsWith('.json'))];
    for (const datei of quellen) {
      const text = readFileSync(datei, 'utf8');
      for (const t of tokens(text)) woerter.add(t);
      for (const [lauf] of text.matchAll(/\p{L}+/gu)) woerter.add(lauf);
    }
    expect(woerter.size).toBeGreaterThan(5_000);
    expect(abweichungen(woerter)).toEqual([]);
  });

  it('on every word of the rendered sample reports (both formats, HTML)', async () => {
    const { daten } = await ladeDaten(DATEN, FORMATE);
    expect(daten).toBeDefined();
    const woerter = new Set<string>();
    let berichte = 0;
    for (const jahr of [2014, 2015, 2019]) {
      for (const cluster of daten!.cluster) {
        const format = FORMATE.find((f) => f.id === (cluster.berichtsformat ?? FORMATE[0]?.id)) ?? FORMATE[0]!;
        let html: string | undefined;
        try {
          const bericht = await bereiteBerichtVor(
            { daten: daten!, datenVerzeichnis: DATEN, jahr, cluster: cluster.slug, ausgabe: '.', formate: new Set(['html']), streng: false },
            format,
          );
          html = (bericht.baueHtmlDatei ?? bericht.baueHtml)?.(new Map());
        } catch {
          continue; // no data for this management in that year
        }
        if (html === undefined) continue;
        berichte += 1;
        const text = html
          .replace(/<(style|script|svg)[\s\S]*?<\/\1>/g, ' ')
          .replace(/<[^>]*>/g, ' ')
          .replace(/\u00ad/g, '');
        for (const t of tokens(text)) woerter.add(t);
        for (const [lauf] of text.matchAll(/\p{L}+/gu)) woerter.add(lauf);
      }
    }
    expect(berichte).toBeGreaterThanOrEqual(6);
    expect(woerter.size).toBeGreaterThan(3_000);
    expect(abweichungen(woerter)).toEqual([]);
  }, 120_000);

  it('on thousands of generated words: compounds, umlauts, ß, capitals, hyphens, apostrophes, other scripts', () => {
    const woerter = erzeugteWoerter();
    expect(woerter.length).toBeGreaterThan(8_000);
    expect(abweichungen(woerter)).toEqual([]);
  });

  it('with other minimum word lengths, down to 1 (the quirks at both ends of a word)', () => {
    const woerter = erzeugteWoerter().slice(0, 2_000);
    for (const mindestlaenge of [1, 2, 3, 5, 9]) expect(abweichungen(woerter, mindestlaenge)).toEqual([]);
  });
});
