import { describe, expect, it } from 'vitest';
import { findeJsonFehler } from '../../src/vergleich/finde-json-fehler.js';

describe('findeJsonFehler', () => {
  it('accepts valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "x\\u00e4\\n"]} \n', '0', '"ä"']) {
      expect(findeJsonFehler(text)).toBeUndefined();
    }
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'Komma vor "}" ist nicht erlaubt'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'erwartet wird "," oder "}", gefunden """'],
    ['{"a" 1}', 1, 6, 'erwartet wird ":" nach dem Namen, gefunden "1"'],
    ['{"a": }', 1, 7, 'unerwartetes Zeichen "}", erwartet wird ein Wert'],
    ['{"a": tru}', 1, 7, 'ungültiger Wert "tru" (erlaubt: Zahl, Text in doppelten Anführungszeichen, true, false, null, Objekt, Liste)'],
    ["{'a': 1}", 1, 2, 'erwartet wird ein Name in doppelten Anführungszeichen, gefunden "\'"'],
    ['[1, 2,]', 1, 7, 'Komma vor "]" ist nicht erlaubt'],
    ['{"a": 01}', 1, 7, 'führende Nullen sind in Zahlen nicht erlaubt'],
    ['{"a": 1.}', 1, 9, 'nach dem Dezimalpunkt fehlt eine Ziffer'],
    ['{"a": "x\ny"}', 1, 9, 'Steuerzeichen U+000A im Text ist nicht erlaubt'],
    ['{"a": "\\q"}', 1, 8, 'ungültige Escape-Sequenz "\\q"'],
    ['{"ä": "ö", "b": "unendlich', 1, 17, 'Text ohne schließendes Anführungszeichen'],
    ['{"a": 1', 1, 8, 'unerwartetes Dateiende, es fehlt "}"'],
    ['{"a": 1} x', 1, 10, 'unerwartetes Zeichen "x" nach dem Ende des JSON-Werts'],
    ['  \n', 1, 1, 'die Datei ist leer'],
  ])('%j → %i:%i %s', (text, zeile, spalte, meldung) => {
    expect(findeJsonFehler(text)).toEqual({ zeile, spalte, meldung });
  });

  it('counts columns in characters and lines across CRLF', () => {
    expect(findeJsonFehler('{\r\n  "äöü": 1,\r\n  }')).toEqual({ zeile: 3, spalte: 3, meldung: 'Komma vor "}" ist nicht erlaubt' });
    expect(findeJsonFehler('["😀", x]')).toEqual({
      zeile: 1,
      spalte: 7,
      meldung: 'ungültiger Wert "x" (erlaubt: Zahl, Text in doppelten Anführungszeichen, true, false, null, Objekt, Liste)',
    });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const texte = ['{"a":1}', '{"a":1,}', '[1e5]', '[1e]', '[-]', '[-0]', '["\\u12"]', '[nul]', '[null]', '{"a":[{}]}', '{"a":[{]}'];
    for (const text of texte) {
      let gueltig = true;
      try {
        JSON.parse(text);
      } catch {
        gueltig = false;
      }
      expect(findeJsonFehler(text) === undefined, text).toBe(gueltig);
    }
  });
});
