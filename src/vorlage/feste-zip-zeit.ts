/**
 * Sets every entry time of a ZIP archive (an .xlsx) to one fixed date, in place. exceljs stamps the
 * entries with the current time; with a fixed time the same template is byte-identical on every run.
 * Walks the central directory from the end record and fixes each entry there and in its local header.
 */

/** DOS date of 1 January 2020, time 00:00. */
const DOS_DATUM = ((2020 - 1980) << 9) | (1 << 5) | 1;

export function festeZipZeit(zip: Buffer): Buffer {
  const ende = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (ende < 0) throw new Error('Kein ZIP-Archiv: Endeintrag fehlt');
  const anzahl = zip.readUInt16LE(ende + 10);
  let pos = zip.readUInt32LE(ende + 16);
  for (let i = 0; i < anzahl; i++) {
    if (zip.readUInt32LE(pos) !== 0x02014b50) throw new Error('Kein ZIP-Archiv: Verzeichniseintrag beschädigt');
    zip.writeUInt16LE(0, pos + 12);
    zip.writeUInt16LE(DOS_DATUM, pos + 14);
    const lokal = zip.readUInt32LE(pos + 42);
    if (zip.readUInt32LE(lokal) === 0x04034b50) {
      zip.writeUInt16LE(0, lokal + 10);
      zip.writeUInt16LE(DOS_DATUM, lokal + 12);
    }
    pos += 46 + zip.readUInt16LE(pos + 28) + zip.readUInt16LE(pos + 30) + zip.readUInt16LE(pos + 32);
  }
  return zip;
}
