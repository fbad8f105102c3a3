/** Where and why a text is not valid JSON: 1-based line and column (in characters), German reason. */
export interface JsonFehler {
  zeile: number;
  spalte: number;
  meldung: string;
}

class Abbruch {
  constructor(
    readonly position: number,
    readonly meldung: string,
  ) {}
}

/**
 * Finds the first syntax error of a JSON text (RFC 8259), or `undefined` when the text is valid.
 * `JSON.parse` reports positions only for some errors and in English; this scanner always knows where.
 */
export function findeJsonFehler(text: string): JsonFehler | undefined {
  let i = 0;
  const abbruch = (meldung: string, position = i): never => {
    throw new Abbruch(position, meldung);
  };
  const zeichen = (position = i): string => {
    const code = text.codePointAt(position) ?? 0;
    return code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${String.fromCodePoint(code)}"`;
  };
  const leerraum = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const erwarteWert = (kontext: string): void => {
    leerraum();
    if (i >= text.length) abbruch(`unerwartetes Dateiende, erwartet wird ${kontext}`);
    const c = text[i] as string;
    if (c === '{') objekt();
    else if (c === '[') liste();
    else if (c === '"') zeichenkette();
    else if (c === '-' || (c >= '0' && c <= '9')) zahl();
    else if (/[A-Za-z]/.test(c)) wort();
    else if (c === "'") abbruch('Texte und Namen brauchen doppelte Anführungszeichen (")');
    else abbruch(`unerwartetes Zeichen ${zeichen()}, erwartet wird ${kontext}`);
  };
  const objekt = (): void => {
    i += 1;
    leerraum();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    for (;;) {
      leerraum();
      if (i >= text.length) abbruch('unerwartetes Dateiende, erwartet wird ein Name in doppelten Anführungszeichen');
      if (text[i] === '}') abbruch('Komma vor "}" ist nicht erlaubt');
      if (text[i] !== '"') abbruch(`erwartet wird ein Name in doppelten Anführungszeichen, gefunden ${zeichen()}`);
      zeichenkette();
      leerraum();
      if (text[i] !== ':') abbruch(i >= text.length ? 'unerwartetes Dateiende, erwartet wird ":"' : `erwartet wird ":" nach dem Namen, gefunden ${zeichen()}`);
      i += 1;
      erwarteWert('ein Wert');
      leerraum();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      if (text[i] !== ',') abbruch(i >= text.length ? 'unerwartetes Dateiende, es fehlt "}"' : `erwartet wird "," oder "}", gefunden ${zeichen()}`);
      i += 1;
    }
  };
  const liste = (): void => {
    i += 1;
    leerraum();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      leerraum();
      if (text[i] === ']') abbruch('Komma vor "]" ist nicht erlaubt');
      erwarteWert('ein Wert');
      leerraum();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      if (text[i] !== ',') abbruch(i >= text.length ? 'unerwartetes Dateiende, es fehlt "]"' : `erwartet wird "," oder "]", gefunden ${zeichen()}`);
      i += 1;
    }
  };
  const zeichenkette = (): void => {
    const anfang = i;
    i += 1;
    for (;;) {
      if (i >= text.length) abbruch('Text ohne schließendes Anführungszeichen', anfang);
      const c = text[i] as string;
      if (c === '"') {
        i += 1;
        return;
      }
      if (c.charCodeAt(0) < 0x20) abbruch(`Steuerzeichen ${zeichen()} im Text ist nicht erlaubt`);
      if (c === '\\') {
        const n = text[i + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) abbruch('"\\u" braucht vier Hexadezimalziffern');
          i += 6;
          continue;
        }
        if (n === undefined || !'"\\/bfnrt'.includes(n)) abbruch(`ungültige Escape-Sequenz "\\${n ?? ''}"`);
        i += 2;
        continue;
      }
      i += 1;
    }
  };
  const ziffern = (): number => {
    const anfang = i;
    while (i < text.length && (text[i] as string) >= '0' && (text[i] as string) <= '9') i += 1;
    return i - anfang;
  };
  const zahl = (): void => {
    const anfang = i;
    if (text[i] === '-') i += 1;
    if (text[i] === '0') {
      i += 1;
      if (ziffern() > 0) abbruch('führende Nullen sind in Zahlen nicht erlaubt', anfang);
    } else if (ziffern() === 0) abbruch('nach "-" fehlt eine Ziffer');
    if (text[i] === '.') {
      i += 1;
      if (ziffern() === 0) abbruch('nach dem Dezimalpunkt fehlt eine Ziffer');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      if (ziffern() === 0) abbruch('im Exponenten fehlt eine Ziffer');
    }
  };
  const wort = (): void => {
    const anfang = i;
    while (i < text.length && /[A-Za-z0-9_]/.test(text[i] as string)) i += 1;
    const gelesen = text.slice(anfang, i);
    if (gelesen !== 'true' && gelesen !== 'false' && gelesen !== 'null') {
      abbruch(`ungültiger Wert "${gelesen}" (erlaubt: Zahl, Text in doppelten Anführungszeichen, true, false, null, Objekt, Liste)`, anfang);
    }
  };

  try {
    if (text.trim() === '') return { zeile: 1, spalte: 1, meldung: 'die Datei ist leer' };
    erwarteWert('ein Wert');
    leerraum();
    if (i < text.length) abbruch(`unerwartetes Zeichen ${zeichen()} nach dem Ende des JSON-Werts`);
    return undefined;
  } catch (fehler) {
    if (fehler instanceof Abbruch) return { ...zeileUndSpalte(text, fehler.position), meldung: fehler.meldung };
    throw fehler;
  }
}

/** 1-based line and column of a UTF-16 offset; columns count characters (code points). */
function zeileUndSpalte(text: string, position: number): { zeile: number; spalte: number } {
  const davor = text.slice(0, position);
  const zeilen = davor.split('\n');
  const letzte = zeilen[zeilen.length - 1] ?? '';
  return { zeile: zeilen.length, spalte: [...letzte].length + 1 };
}
