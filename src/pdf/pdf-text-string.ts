/**
 * Decodes a PDF text string as written in an object: `(literal)` with backslash escapes or `<hex>`;
 * bytes starting with FE FF are UTF-16BE, anything else PDFDocEncoding (Latin-1 for what Chromium writes).
 */

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/** The text of a PDF string token such as `(Inhalt)` or `<FEFF0041>`. */
export function pdfTextString(token: string): string {
  const bytes = token.startsWith('<') ? hexBytes(token.slice(1, -1)) : literalBytes(token.slice(1, -1));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return String.fromCharCode(...bytes);
}

function hexBytes(hex: string): number[] {
  const ziffern = hex.replace(/[^0-9A-Fa-f]/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < ziffern.length; i += 2) bytes.push(parseInt(ziffern.slice(i, i + 2).padEnd(2, '0'), 16));
  return bytes;
}

function literalBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const z = text[i]!;
    if (z !== '\\') {
      bytes.push(z.charCodeAt(0) & 0xff);
      continue;
    }
    const n = text[++i] ?? '';
    if (n in ESCAPES) bytes.push(ESCAPES[n]!);
    else if (/[0-7]/.test(n)) {
      const oktal = /^[0-7]{1,3}/.exec(text.slice(i))![0];
      bytes.push(parseInt(oktal, 8) & 0xff);
      i += oktal.length - 1;
    } else if (n === '\r') {
      if (text[i + 1] === '\n') i++;
    } else if (n !== '\n') bytes.push(n.charCodeAt(0) & 0xff);
  }
  return bytes;
}
