/**
 * German hyphenation for Chromium, which has no hyphenation dictionaries here: inserts soft
 * hyphens (U+00AD) into the text content of an HTML string with the `hyphen` package's
 * TeX patterns (de-1996), applied by `trenneWort`. Left alone: markup, attributes, entities, URLs and e-mail addresses,
 * tokens with digits, file paths, acronyms, words shorter than 6 letters, and the content of
 * <style> <script> <svg> <math> <pre> <code> <textarea> <title> <head>, headings h1–h6,
 * <nav>, captions, table headers, and any element with class "inhaltsverzeichnis" or attribute data-keine-trennung.
 */
import { bindeZahlen } from './binde-zahlen.js';
import { trenneWort } from './trenne-wort.js';

/** Shortest word that gets soft hyphens. */
const MINDESTLAENGE = 6;
/** Shortest part of a word on either side of a break ("In-dustrie" and "dich-te" are not broken). */
const MINDESTTEIL = 3;
const GESPERRT = new Set(['style', 'script', 'svg', 'math', 'pre', 'code', 'textarea', 'title', 'head', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'th']);
/** Where numbers are not bound to their words: markup and code, and headings (their text is the PDF bookmark). */
const OHNE_BINDUNG = new Set(['svg', 'math', 'pre', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ROHTEXT = new Set(['style', 'script', 'textarea', 'title']);
const LEER = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const GESPERRT_ATTRIBUT = /\bdata-keine-trennung\b|\bclass\s*=\s*(["'])[^"']*\binhaltsverzeichnis\b[^"']*\1/i;

/** Inserts German soft hyphens into the running text of `html`; idempotent on already hyphenated words. */
export function trenneHtml(html: string): string {
  const aus: string[] = [];
  let sperre: { name: string; tiefe: number } | undefined;
  let i = 0;
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const ende = html.indexOf('-->', i + 4);
      const bis = ende < 0 ? html.length : ende + 3;
      aus.push(html.slice(i, bis));
      i = bis;
      continue;
    }
    if (html[i] === '<' && /[A-Za-z/!?]/.test(html[i + 1] ?? '')) {
      const bis = tagEnde(html, i);
      const tag = html.slice(i, bis);
      aus.push(tag);
      i = bis;
      const kopf = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(tag);
      if (kopf === null) continue; // <!DOCTYPE …>, <?…?>
      const schliessend = kopf[1] === '/';
      const name = (kopf[2] ?? '').toLowerCase();
      const oeffnend = !schliessend && !tag.endsWith('/>') && !LEER.has(name);
      if (oeffnend && ROHTEXT.has(name)) {
        // Raw text: copy everything up to the closing tag unchanged.
        const schluss = rohtextEnde(html, i, name);
        const bisSchluss = schluss < 0 ? html.length : schluss;
        aus.push(html.slice(i, bisSchluss));
        i = bisSchluss;
        continue;
      }
      if (sperre !== undefined) {
        if (name === sperre.name && oeffnend) sperre.tiefe += 1;
        if (name === sperre.name && schliessend) sperre.tiefe -= 1;
        if (sperre.tiefe === 0) sperre = undefined;
      } else if (oeffnend && (GESPERRT.has(name) || GESPERRT_ATTRIBUT.test(tag))) {
        sperre = { name, tiefe: 1 };
      }
      continue;
    }
    let bis = html.indexOf('<', i + 1);
    while (bis >= 0 && !/[A-Za-z/!?]/.test(html[bis + 1] ?? '')) bis = html.indexOf('<', bis + 1);
    if (bis < 0) bis = html.length;
    const text = html.slice(i, bis);
    if (sperre === undefined) aus.push(laufText(text));
    else aus.push(OHNE_BINDUNG.has(sperre.name) ? text : bindeZahlen(text));
    i = bis;
  }
  return aus.join('');
}

/** Position after the `>` that ends the tag starting at `start`, honouring quoted attribute values. */
function tagEnde(html: string, start: number): number {
  const zeichen = /["'>]/g;
  zeichen.lastIndex = start + 1;
  for (let treffer = zeichen.exec(html); treffer !== null; treffer = zeichen.exec(html)) {
    if (treffer[0] === '>') return treffer.index + 1;
    // a quoted value: the next `>` may stand inside it
    const schluss = html.indexOf(treffer[0], treffer.index + 1);
    if (schluss < 0) return html.length;
    zeichen.lastIndex = schluss + 1;
  }
  return html.length;
}

/** Position of the closing tag `</name` (any case) at or after `von`, or -1: where the raw text of <name> ends. */
function rohtextEnde(html: string, von: number, name: string): number {
  for (let j = html.indexOf('</', von); j >= 0; j = html.indexOf('</', j + 2)) {
    if (html.slice(j + 2, j + 2 + name.length).toLowerCase() === name) return j;
  }
  return -1;
}

/** Hyphenated words: a report repeats its vocabulary, and a batch repeats it across reports. */
const WOERTER = new Map<string, string>();
const WOERTER_GRENZE = 50_000;

/** One word with soft hyphens, from the cache or the patterns. */
function getrennt(wort: string): string {
  let ergebnis = WOERTER.get(wort);
  if (ergebnis === undefined) {
    ergebnis = mitMindestteil(trenneWort(wort, MINDESTLAENGE));
    if (WOERTER.size >= WOERTER_GRENZE) WOERTER.clear();
    WOERTER.set(wort, ergebnis);
  }
  return ergebnis;
}

/** Drops the soft hyphens that would leave fewer than MINDESTTEIL letters before or after a break. */
function mitMindestteil(getrenntesWort: string): string {
  const laenge = getrenntesWort.replace(/\u00ad/g, '').length;
  let vorher = 0;
  let aus = '';
  for (const zeichen of getrenntesWort) {
    if (zeichen !== '\u00ad') {
      vorher += 1;
      aus += zeichen;
    } else if (vorher >= MINDESTTEIL && laenge - vorher >= MINDESTTEIL) {
      aus += zeichen;
    }
  }
  return aus;
}

/**
 * Running text, numbers bound and words hyphenated, by text node: the HTML of bericht.html repeats most text
 * nodes of the print HTML. Bounded by the characters kept (about the text of two reports, a few MB), so a
 * batch of any length holds no more; long nodes are not kept.
 */
const TEXTE = new Map<string, string>();
const TEXT_GRENZE = 2_000;
const TEXTE_ZEICHEN = 1_000_000;
let texteZeichen = 0;

function laufText(text: string): string {
  let ergebnis = TEXTE.get(text);
  if (ergebnis === undefined) {
    ergebnis = trenneText(bindeZahlen(text));
    if (text.length <= TEXT_GRENZE) {
      if (texteZeichen + text.length > TEXTE_ZEICHEN) {
        TEXTE.clear();
        texteZeichen = 0;
      }
      TEXTE.set(text, ergebnis);
      texteZeichen += text.length;
    }
  }
  return ergebnis;
}

/** Hyphenates the words of a text node, token by token (tokens are separated by whitespace). */
function trenneText(text: string): string {
  return text.replace(/[^\s]+/g, trenneToken);
}

/** Hyphenated tokens (a report repeats its words, and so does a batch), like WOERTER. */
const TOKENS = new Map<string, string>();

/** One whitespace-free token with soft hyphens in its runs of letters. */
function trenneToken(token: string): string {
  // Too short to hold a run of MINDESTLAENGE letters: nothing to do (most tokens of a text).
  if (token.length < MINDESTLAENGE) return token;
  let ergebnis = TOKENS.get(token);
  if (ergebnis !== undefined) return ergebnis;
  ergebnis = /\d|:\/\/|^www\.|@|\\|\/.*\.[A-Za-z0-9]{1,5}\b/.test(token) // numbers, URLs, e-mail, paths
    ? token
    : // Entities are kept whole; only runs of letters are hyphenated.
      token.replace(/&#?[A-Za-z0-9]+;|[\p{L}\u00ad]+/gu, (lauf) => {
        if (lauf.startsWith('&') || lauf.includes('\u00ad') || lauf.length < MINDESTLAENGE) return lauf;
        if (lauf === lauf.toUpperCase()) return lauf; // acronym
        return getrennt(lauf);
      });
  if (TOKENS.size >= WOERTER_GRENZE) TOKENS.clear();
  TOKENS.set(token, ergebnis);
  return ergebnis;
}
