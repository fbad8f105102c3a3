/**
 * Encoding detection and decoding: UTF-8 (with or without BOM) or Windows-1252.
 * CSV files are streamed in chunks, so even a 200 MB file is never held as one buffer or string.
 * Node's built-in `TextDecoder('windows-1252')` decodes like Latin-1 (0x80 stays U+0080 instead
 * of €), so the range 0x80–0x9F is mapped here by table.
 */
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';

export type Zeichenkodierung = 'utf-8' | 'windows-1252';

const BLOCK = 1 << 20;

/** Windows-1252 code points for the bytes 0x80–0x9F (undefined bytes map to themselves). */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Detects the encoding of bytes in memory: valid UTF-8 (BOM or not) means UTF-8, anything else Windows-1252. */
export function erkenneKodierung(bytes: Uint8Array): Zeichenkodierung {
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/** Detects the encoding of a file by streaming it once (UTF-8 sequences split across chunks are joined). */
export async function erkenneKodierungDatei(pfad: string): Promise<Zeichenkodierung> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const stueck of createReadStream(pfad, { highWaterMark: BLOCK }) as AsyncIterable<Buffer>) {
    const puffer = rest.length > 0 ? Buffer.concat([rest, stueck]) : stueck;
    const schnitt = vollstaendigBis(puffer);
    if (!isUtf8(puffer.subarray(0, schnitt))) return 'windows-1252';
    rest = puffer.subarray(schnitt);
  }
  return rest.length === 0 || isUtf8(rest) ? 'utf-8' : 'windows-1252';
}

/** Length of the prefix that ends on a UTF-8 character boundary (an incomplete last sequence is cut off). */
function vollstaendigBis(b: Uint8Array): number {
  for (let i = b.length - 1; i >= Math.max(0, b.length - 4); i--) {
    const byte = b[i] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const laenge = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + laenge > b.length ? i : b.length;
  }
  return b.length;
}

/** Streams a file as decoded text pieces (BOM removed). */
export async function* leseTextStuecke(pfad: string, kodierung: Zeichenkodierung): AsyncGenerator<string> {
  const utf8 = kodierung === 'utf-8' ? new TextDecoder('utf-8') : undefined;
  let erstes = true;
  for await (const stueck of createReadStream(pfad, { highWaterMark: BLOCK }) as AsyncIterable<Buffer>) {
    let text = utf8 ? utf8.decode(stueck, { stream: true }) : dekodiereCp1252(stueck);
    if (erstes && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    erstes = false;
    if (text !== '') yield text;
  }
  const rest = utf8?.decode() ?? '';
  if (rest !== '') yield rest;
}

/** Decodes Windows-1252 bytes to a string. */
export function dekodiereCp1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\x80-\x9f]/.test(latin1)
    ? latin1.replace(/[\x80-\x9f]/g, (z) => String.fromCharCode(CP1252_80_9F[z.charCodeAt(0) - 0x80] ?? z.charCodeAt(0)))
    : latin1;
}

/** Decodes a whole (small) file in memory, detecting the encoding unless given; removes a BOM. */
export function dekodiereGanz(bytes: Uint8Array, kodierung?: Zeichenkodierung): string {
  const text = (kodierung ?? erkenneKodierung(bytes)) === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : dekodiereCp1252(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
